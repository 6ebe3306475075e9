// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.awards;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.laborcontest.model.CompetitionKind;
import io.github.laborcontest.model.OrganiserRole;
import io.github.laborcontest.model.OrganiserType;
import io.github.laborcontest.model.ParticipantKind;
import io.github.laborcontest.model.Scope;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A condition of an award, as data: composed with {@link AllOf}, {@link AnyOf} and {@link Not}
 * from leaves over candidate facts ({@link FactIs}, {@link Threshold}, {@link RankWithin}, {@link
 * RankShared}, {@link ParticipantKindIn}, {@link GradeIn}, {@link Vetoed}), over the competition
 * ({@link ScopeIn}, {@link CompetitionKindIn}, {@link OrganisedBy}, {@link BelowMinimumEntrants}),
 * over dates ({@link DateCompare}) and plugin predicates ({@link Custom}). Evaluation is
 * three-valued: passed, failed or unknown when a fact is missing. Written in JSON as an object
 * with a {@code "type"} field, for example {@code {"type": "quantity", "fact": "total", "op": "ge",
 * "value": 90}}.
 *
 * @since 0.1.0
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Condition.AllOf.class, name = "all-of"),
    @JsonSubTypes.Type(value = Condition.AnyOf.class, name = "any-of"),
    @JsonSubTypes.Type(value = Condition.Not.class, name = "not"),
    @JsonSubTypes.Type(value = Condition.FactIs.class, name = "fact-is"),
    @JsonSubTypes.Type(value = Condition.Threshold.class, name = "quantity"),
    @JsonSubTypes.Type(value = Condition.RankWithin.class, name = "rank-within"),
    @JsonSubTypes.Type(value = Condition.RankShared.class, name = "rank-shared"),
    @JsonSubTypes.Type(value = Condition.ParticipantKindIn.class, name = "participant-kind"),
    @JsonSubTypes.Type(value = Condition.GradeIn.class, name = "grade"),
    @JsonSubTypes.Type(value = Condition.Vetoed.class, name = "vetoed"),
    @JsonSubTypes.Type(value = Condition.ScopeIn.class, name = "scope"),
    @JsonSubTypes.Type(value = Condition.CompetitionKindIn.class, name = "competition-kind"),
    @JsonSubTypes.Type(value = Condition.OrganisedBy.class, name = "organisers"),
    @JsonSubTypes.Type(value = Condition.BelowMinimumEntrants.class, name = "below-minimum-entrants"),
    @JsonSubTypes.Type(value = Condition.DateCompare.class, name = "date"),
    @JsonSubTypes.Type(value = Condition.Custom.class, name = "custom")
})
public sealed interface Condition {

    /**
     * All conditions hold (and). Failed if any failed; else unknown if any unknown.
     *
     * @param conditions at least one
     */
    record AllOf(List<Condition> conditions) implements Condition {
        /** Checks and copies the list. */
        public AllOf {
            conditions = nonEmpty(conditions, "conditions");
        }
    }

    /**
     * At least one condition holds (or). Passed if any passed; else unknown if any unknown.
     *
     * @param conditions at least one
     */
    record AnyOf(List<Condition> conditions) implements Condition {
        /** Checks and copies the list. */
        public AnyOf {
            conditions = nonEmpty(conditions, "conditions");
        }
    }

    /**
     * The condition does not hold (not); unknown stays unknown.
     *
     * @param condition the negated condition
     */
    record Not(Condition condition) implements Condition {
        /** Refuses null. */
        public Not {
            Objects.requireNonNull(condition, "condition");
        }
    }

    /**
     * A yes/no fact has the given value, for example {@code serious-safety-accident = false}.
     * Unknown when the fact is absent; failed (with the value shown) when it is not a flag.
     *
     * @param fact the fact's name
     * @param value the required value
     */
    record FactIs(String fact, boolean value) implements Condition {
        /** Checks the name. */
        public FactIs {
            requireName(fact, "fact");
        }
    }

    /**
     * A quantity compared with a threshold, for example {@code total ≥ 90} or {@code entrants ≥ 15}.
     * The quantity is a derived fact ({@link FactNames#TOTAL}, {@link FactNames#RANK}, {@link
     * FactNames#ENTRANTS}, {@link FactNames#VETO_COUNT}) or a numeric candidate fact.
     *
     * @param fact the quantity's name
     * @param op the comparison
     * @param value the threshold
     */
    record Threshold(String fact, Comparison op, BigDecimal value) implements Condition {
        /** Checks the fields. */
        public Threshold {
            requireName(fact, "fact");
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * The rank is within the top places: the top {@code places}, or the top {@code percent} of the
     * entrants rounded as stated (10% of 31 entrants rounded down = 3 places). Shared ranks count
     * as the rank itself (two candidates sharing 3rd are both within the top 3).
     *
     * @param places a number of places, or
     * @param percent a percentage of the entrants, in (0, 100]
     * @param rounding how a percentage is rounded; rounded down unless declared
     */
    record RankWithin(Optional<Integer> places, Optional<BigDecimal> percent, QuotaRounding rounding)
            implements Condition {
        /** Checks that exactly one of places and percent is given. */
        public RankWithin {
            places = places == null ? Optional.empty() : places;
            percent = percent == null ? Optional.empty() : percent;
            rounding = rounding == null ? QuotaRounding.DOWN : rounding;
            if (places.isPresent() == percent.isPresent()) {
                throw new IllegalArgumentException("rank-within needs exactly one of places and percent");
            }
            if (places.isPresent() && places.get() < 1) {
                throw new IllegalArgumentException("places (" + places.get() + ") must be at least 1");
            }
            if (percent.isPresent()
                    && (percent.get().signum() <= 0 || percent.get().compareTo(BigDecimal.valueOf(100)) > 0)) {
                throw new IllegalArgumentException("percent (" + percent.get() + ") must be within (0, 100]");
            }
        }
    }

    /** The candidate's rank is shared with another candidate (并列). */
    record RankShared() implements Condition {}

    /**
     * The candidate is of one of these kinds (unit, team, individual, project).
     *
     * @param kinds at least one
     */
    record ParticipantKindIn(List<ParticipantKind> kinds) implements Condition {
        /** Checks and copies the list. */
        public ParticipantKindIn {
            kinds = nonEmpty(kinds, "kinds");
        }
    }

    /**
     * The candidate's grade is one of these codes.
     *
     * @param grades at least one
     */
    record GradeIn(List<String> grades) implements Condition {
        /** Checks and copies the list. */
        public GradeIn {
            grades = nonEmpty(grades, "grades");
        }
    }

    /**
     * A one-vote veto fired for the candidate in the period (一票否决); used as an exclusion. Unknown
     * when the vetoes are unknown.
     */
    record Vetoed() implements Condition {}

    /**
     * The competition's scope is one of these (city-wide, district, unit).
     *
     * @param scopes at least one
     */
    record ScopeIn(List<Scope> scopes) implements Condition {
        /** Checks and copies the list. */
        public ScopeIn {
            scopes = nonEmpty(scopes, "scopes");
        }
    }

    /**
     * The competition is of one of these kinds (key-project, skill, safety, …).
     *
     * @param kinds at least one
     */
    record CompetitionKindIn(List<CompetitionKind> kinds) implements Condition {
        /** Checks and copies the list. */
        public CompetitionKindIn {
            kinds = nonEmpty(kinds, "kinds");
        }
    }

    /**
     * The competition is organised by all of these bodies together, for example "jointly by a
     * municipal industry authority and the city federation of trade unions": every requirement is
     * met by an organiser of that type in one of the allowed roles.
     *
     * @param organisers at least one requirement
     */
    record OrganisedBy(List<OrganiserRequirement> organisers) implements Condition {
        /** Checks and copies the list. */
        public OrganisedBy {
            organisers = nonEmpty(organisers, "organisers");
        }
    }

    /**
     * One body an {@link OrganisedBy} condition requires.
     *
     * @param type the kind of body
     * @param roles the roles that count; lead or joint organiser unless declared (an evaluator does
     *     not organise)
     */
    record OrganiserRequirement(OrganiserType type, List<OrganiserRole> roles) {
        /** Checks the fields and applies the default roles. */
        public OrganiserRequirement {
            Objects.requireNonNull(type, "type");
            roles = roles == null || roles.isEmpty()
                    ? List.of(OrganiserRole.LEAD, OrganiserRole.JOINT)
                    : List.copyOf(roles);
        }

        /**
         * A body as lead or joint organiser.
         *
         * @param type the kind of body
         * @return the requirement
         */
        public static OrganiserRequirement of(OrganiserType type) {
            return new OrganiserRequirement(type, List.of());
        }
    }

    /**
     * The event had fewer entrants than its minimum: the competition's declared {@code
     * minimumEntrants}, or else {@code fallback}. Failed (with the reason shown) when neither is
     * declared; used as an exclusion.
     *
     * @param fallback the minimum to use when the competition declares none
     */
    record BelowMinimumEntrants(Optional<Integer> fallback) implements Condition {
        /** Checks the fallback. */
        public BelowMinimumEntrants {
            fallback = fallback == null ? Optional.empty() : fallback;
            if (fallback.isPresent() && fallback.get() < 0) {
                throw new IllegalArgumentException("fallback must not be negative");
            }
        }
    }

    /**
     * A date compared with a fixed day: {@code competition.start} or {@code competition.end} (from
     * the plan's dates) or a date fact of the candidate.
     *
     * @param subject {@code competition.start}, {@code competition.end} or a date fact's name
     * @param op the comparison
     * @param date the fixed day
     */
    record DateCompare(String subject, Comparison op, LocalDate date) implements Condition {
        /** Checks the fields. */
        public DateCompare {
            requireName(subject, "subject");
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(date, "date");
        }
    }

    /**
     * A predicate contributed by a plugin ({@code io.github.laborcontest.awards.spi.CustomPredicate}).
     *
     * @param predicate the predicate's registered name
     * @param params its parameters, as text
     */
    record Custom(String predicate, Map<String, String> params) implements Condition {
        /** Checks and copies the fields. */
        public Custom {
            requireName(predicate, "predicate");
            params = params == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(params));
        }
    }

    /**
     * All of the conditions.
     *
     * @param conditions at least one
     * @return the conjunction
     */
    static Condition allOf(Condition... conditions) {
        return new AllOf(Arrays.asList(conditions));
    }

    /**
     * Any of the conditions.
     *
     * @param conditions at least one
     * @return the disjunction
     */
    static Condition anyOf(Condition... conditions) {
        return new AnyOf(Arrays.asList(conditions));
    }

    /**
     * The negation.
     *
     * @param condition the condition
     * @return its negation
     */
    static Condition not(Condition condition) {
        return new Not(condition);
    }

    /**
     * A yes/no fact has a value.
     *
     * @param fact the fact's name
     * @param value the required value
     * @return the condition
     */
    static Condition fact(String fact, boolean value) {
        return new FactIs(fact, value);
    }

    /**
     * A quantity compared with a threshold.
     *
     * @param fact the quantity's name
     * @param op the comparison
     * @param value the threshold, as decimal text
     * @return the condition
     */
    static Condition quantity(String fact, Comparison op, String value) {
        return new Threshold(fact, op, new BigDecimal(value));
    }

    /**
     * Rank within the top places.
     *
     * @param places the number of places
     * @return the condition
     */
    static Condition rankWithin(int places) {
        return new RankWithin(Optional.of(places), Optional.empty(), QuotaRounding.DOWN);
    }

    /**
     * Rank within the top percentage of entrants.
     *
     * @param percent the percentage, as decimal text
     * @param rounding how it is rounded
     * @return the condition
     */
    static Condition rankWithinPercent(String percent, QuotaRounding rounding) {
        return new RankWithin(Optional.empty(), Optional.of(new BigDecimal(percent)), rounding);
    }

    /**
     * The candidate is of one of these kinds.
     *
     * @param kinds the kinds
     * @return the condition
     */
    static Condition participantKind(ParticipantKind... kinds) {
        return new ParticipantKindIn(Arrays.asList(kinds));
    }

    /**
     * The competition has one of these scopes.
     *
     * @param scopes the scopes
     * @return the condition
     */
    static Condition scope(Scope... scopes) {
        return new ScopeIn(Arrays.asList(scopes));
    }

    /**
     * The competition is jointly organised by bodies of all these types (as lead or joint
     * organisers).
     *
     * @param types the types
     * @return the condition
     */
    static Condition organisedBy(OrganiserType... types) {
        return new OrganisedBy(
                Arrays.stream(types).map(OrganiserRequirement::of).toList());
    }

    private static <T> List<T> nonEmpty(List<T> list, String field) {
        Objects.requireNonNull(list, field);
        if (list.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
        for (T t : list) {
            Objects.requireNonNull(t, field);
        }
        return List.copyOf(list);
    }

    private static void requireName(String name, String field) {
        Objects.requireNonNull(name, field);
        if (name.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }
}
