// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model.internal;

import io.github.laborcontest.model.Competition;
import io.github.laborcontest.model.ImmutableCompetition;
import io.github.laborcontest.model.ImmutableParticipant;
import io.github.laborcontest.model.Participant;
import io.github.laborcontest.model.problem.ModelProblem;
import io.github.laborcontest.model.problem.Problem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * The one Bean Validation set-up of the library. Two choices matter:
 *
 * <ul>
 *   <li>Immutables accessors are not JavaBeans getters ({@code name()}, not {@code getName()}), and
 *       Bean Validation silently ignores constraints on non-getters; a {@link
 *       GetterPropertySelectionStrategy} makes every public no-argument, non-void instance method
 *       a property.
 *   <li>{@link ParameterMessageInterpolator}: no Expression Language implementation is needed
 *       (and no EL injection is possible); our messages come from our own bundles anyway.
 * </ul>
 */
public final class Validators {

    private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class)
            .configure()
            .getterPropertySelectionStrategy(new AccessorStrategy())
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();

    /** The order in which {@link #check} reports problems. */
    private static final Comparator<Problem> ORDER =
            Comparator.comparing(Problem::path).thenComparing(Problem::codeName);

    /**
     * Whether the Bean Validation constraints of {@link ImmutableParticipant} are exactly the one
     * that {@link #checkCompetition} checks by hand ({@code @NotBlank} on {@code name}, no
     * cascade, no class-level constraint) and the competition's participant list carries no
     * constraint of its own. Read once from the validator's metadata; if a constraint is ever
     * added there, this turns false and participants are validated by Bean Validation again.
     */
    static final boolean PARTICIPANT_BY_HAND = participantConstraintsAreKnown();

    private Validators() {}

    /**
     * Runs Bean Validation on a competition like {@code check(competition, "$")}, with the same
     * problems in the same order, but checks the participants' constraints without reflection:
     * a competition may have 100,000 participants and Bean Validation costs several microseconds
     * for each of them.
     *
     * @param competition the competition
     * @return the problems, sorted by path
     */
    public static List<Problem> checkCompetition(Competition competition) {
        List<Participant> participants = competition.participants();
        if (!PARTICIPANT_BY_HAND
                || participants.isEmpty()
                || !(competition instanceof ImmutableCompetition c)
                || !participants.stream().allMatch(p -> p.getClass() == ImmutableParticipant.class)) {
            return check(competition, "$");
        }
        List<Problem> out = check(c.withParticipants(List.of()), "$");
        boolean added = false;
        for (int i = 0; i < participants.size(); i++) {
            if (isBlank(participants.get(i).name())) {
                out.add(Problem.at(ModelProblem.BLANK, "$.participants[" + i + "].name", "name"));
                added = true;
            }
        }
        if (added) {
            out.sort(ORDER);
        }
        return out;
    }

    /** Hibernate Validator 9's {@code @NotBlank} on a non-null string ({@link String#isBlank()}). */
    private static boolean isBlank(String s) {
        return s.isBlank();
    }

    private static boolean participantConstraintsAreKnown() {
        // the competition is validated with an empty participant list: that is only the same if
        // the list itself carries no constraint (only the cascade into its elements)
        PropertyDescriptor list =
                VALIDATOR.getConstraintsForClass(ImmutableCompetition.class).getConstraintsForProperty("participants");
        if (list != null && !list.getConstraintDescriptors().isEmpty()) {
            return false;
        }
        if (list != null) {
            // @Valid on the list shows as a cascaded element type; it must carry nothing else
            for (jakarta.validation.metadata.ContainerElementTypeDescriptor element :
                    list.getConstrainedContainerElementTypes()) {
                if (!element.getConstraintDescriptors().isEmpty()
                        || !element.getConstrainedContainerElementTypes().isEmpty()) {
                    return false;
                }
            }
        }
        BeanDescriptor bean = VALIDATOR.getConstraintsForClass(ImmutableParticipant.class);
        if (!bean.getConstraintDescriptors().isEmpty()) {
            return false;
        }
        Set<PropertyDescriptor> properties = bean.getConstrainedProperties();
        if (properties.size() != 1) {
            return false;
        }
        PropertyDescriptor name = properties.iterator().next();
        if (!name.getPropertyName().equals("name")
                || name.isCascaded()
                || !name.getConstrainedContainerElementTypes().isEmpty()) {
            return false;
        }
        Set<ConstraintDescriptor<?>> constraints = name.getConstraintDescriptors();
        if (constraints.size() != 1) {
            return false;
        }
        ConstraintDescriptor<?> notBlank = constraints.iterator().next();
        // the groups are Default and the implicit group of the declaring interface (Participant)
        return notBlank.getAnnotation().annotationType() == NotBlank.class
                && notBlank.getGroups().contains(jakarta.validation.groups.Default.class)
                && notBlank.getComposingConstraints().isEmpty();
    }

    /**
     * Runs Bean Validation and turns each violation into a problem with its JSON path.
     *
     * @param value the value
     * @param prefix the JSON path of the value, usually {@code "$"}
     * @return the problems, sorted by path
     */
    public static List<Problem> check(Object value, String prefix) {
        Set<ConstraintViolation<Object>> violations = VALIDATOR.validate(value);
        List<Problem> out = new ArrayList<>();
        for (ConstraintViolation<Object> v : violations) {
            String path = v.getPropertyPath().toString();
            String full = path.isEmpty() ? prefix : prefix + (path.startsWith("[") ? "" : ".") + path;
            out.add(toProblem(v, full));
        }
        out.sort(ORDER);
        return out;
    }

    private static Problem toProblem(ConstraintViolation<Object> v, String path) {
        ConstraintDescriptor<?> d = v.getConstraintDescriptor();
        Class<? extends Annotation> type = d.getAnnotation().annotationType();
        String field = path.substring(path.lastIndexOf('.') + 1);
        String simple = type.getSimpleName();
        Object min = d.getAttributes().getOrDefault("value", d.getAttributes().get("min"));
        return switch (simple) {
            case "NotBlank", "NotEmpty", "NotNull" -> Problem.at(ModelProblem.BLANK, path, field);
            case "Min", "DecimalMin", "PositiveOrZero", "Positive" ->
                Problem.at(ModelProblem.TOO_SMALL, path, v.getInvalidValue(), min == null ? 0 : min);
            case "Max", "DecimalMax" -> Problem.at(ModelProblem.TOO_BIG, path, v.getInvalidValue(), min);
            case "Size" ->
                Problem.at(
                        ModelProblem.BAD_SIZE,
                        path,
                        sizeOf(v.getInvalidValue()),
                        d.getAttributes().get("min"),
                        d.getAttributes().get("max"));
            case "Pattern" ->
                Problem.at(
                        ModelProblem.INVALID_VALUE,
                        path,
                        v.getInvalidValue() + " !~ " + d.getAttributes().get("regexp"));
            default -> Problem.at(ModelProblem.CONSTRAINT, path, simple, v.getMessage());
        };
    }

    private static Object sizeOf(Object value) {
        if (value instanceof java.util.Collection<?> c) {
            return c.size();
        }
        return value instanceof CharSequence s ? s.length() : "?";
    }

    /** Every public no-argument, non-void instance method except those of Object is a property. */
    static final class AccessorStrategy implements GetterPropertySelectionStrategy {
        private static final Set<String> EXCLUDED = Set.of("hashCode", "toString", "getClass", "clone");

        @Override
        public Optional<String> getProperty(ConstrainableExecutable executable) {
            if (executable.getParameterTypes().length != 0
                    || executable.getReturnType() == void.class
                    || EXCLUDED.contains(executable.getName())) {
                return Optional.empty();
            }
            return Optional.of(executable.getName());
        }

        @Override
        public List<String> getGetterMethodNameCandidates(String propertyName) {
            return List.of(propertyName);
        }
    }
}
