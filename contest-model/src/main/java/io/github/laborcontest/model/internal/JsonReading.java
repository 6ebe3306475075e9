// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.laborcontest.model.json.ContestJson;
import io.github.laborcontest.model.problem.InvalidIdException;
import io.github.laborcontest.model.problem.ModelProblem;
import io.github.laborcontest.model.problem.Problem;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a document in two steps (tree, then binding) and turns every failure into {@link
 * Problem}s with JSON paths. Shared by all modules that read contest documents.
 */
public final class JsonReading {

    /** Numbers beyond this magnitude are refused as absurd. */
    public static final BigDecimal MAX_MAGNITUDE = new BigDecimal("1e15");

    /** Numbers with more decimals than this are refused. */
    public static final int MAX_SCALE = 12;

    private static final Pattern IMMUTABLES_MISSING =
            Pattern.compile("some of required attributes are not set \\[([^\\]]*)\\]");

    private JsonReading() {}

    /**
     * Parses and binds a document, reporting problems instead of throwing.
     *
     * @param text the document
     * @param mapper the mapper (JSON or YAML)
     * @param type the target type
     * @param <T> the target type
     * @return the value or the problems
     */
    public static <T> Validation<Seq<Problem>, T> read(String text, ObjectMapper mapper, JavaType type) {
        return tree(text, mapper).flatMap(node -> bind(node, mapper, type));
    }

    /**
     * Parses a document into a tree and checks its size and numbers.
     *
     * @param text the document
     * @param mapper the mapper (JSON or YAML)
     * @return the tree or the problems
     */
    public static Validation<Seq<Problem>, JsonNode> tree(String text, ObjectMapper mapper) {
        if (text.length() > ContestJson.MAX_DOCUMENT_CHARS) {
            return Validation.invalid(
                    List.of(Problem.at(ModelProblem.TOO_LARGE, "$", text.length(), ContestJson.MAX_DOCUMENT_CHARS)));
        }
        JsonNode node;
        try {
            node = mapper.readTree(text);
        } catch (StreamConstraintsException e) {
            return Validation.invalid(List.of(Problem.at(ModelProblem.TOO_DEEP, "$", ContestJson.MAX_DEPTH)));
        } catch (JacksonException e) {
            JsonLocation loc = e.getLocation();
            return Validation.invalid(List.of(Problem.at(
                    ModelProblem.MALFORMED,
                    "$",
                    firstLine(e.getOriginalMessage()),
                    loc == null ? "?" : loc.getLineNr(),
                    loc == null ? "?" : loc.getColumnNr())));
        } catch (RuntimeException e) {
            // SnakeYAML reports some limits (aliases, code points) with its own runtime exceptions
            return Validation.invalid(List.of(
                    Problem.at(ModelProblem.MALFORMED, "$", firstLine(String.valueOf(e.getMessage())), "?", "?")));
        }
        if (node == null || node.isMissingNode()) {
            return Validation.invalid(List.of(Problem.at(ModelProblem.MALFORMED, "$", "empty document", 1, 1)));
        }
        java.util.List<Problem> problems = new ArrayList<>();
        checkNumbers(node, "$", problems);
        return problems.isEmpty() ? Validation.valid(node) : Validation.invalid(List.ofAll(problems));
    }

    /**
     * Binds a checked tree to a type.
     *
     * @param node the tree
     * @param mapper the mapper
     * @param type the target type
     * @param <T> the target type
     * @return the value or the problems
     */
    public static <T> Validation<Seq<Problem>, T> bind(JsonNode node, ObjectMapper mapper, JavaType type) {
        try {
            T value = mapper.treeToValue(node, type);
            if (value == null) {
                return Validation.invalid(List.of(Problem.at(
                        ModelProblem.WRONG_TYPE, "$", type.getRawClass().getSimpleName(), "null")));
            }
            return Validation.valid(value);
        } catch (JsonMappingException e) {
            return Validation.invalid(List.ofAll(problemsOf(e)));
        } catch (JacksonException e) {
            return Validation.invalid(
                    List.of(Problem.at(ModelProblem.INVALID_VALUE, "$", firstLine(e.getOriginalMessage()))));
        } catch (IllegalArgumentException e) {
            // treeToValue wraps some binding failures in IllegalArgumentException
            if (e.getCause() instanceof JsonMappingException m) {
                return Validation.invalid(List.ofAll(problemsOf(m)));
            }
            return Validation.invalid(
                    List.of(Problem.at(ModelProblem.INVALID_VALUE, "$", firstLine(String.valueOf(e.getMessage())))));
        }
    }

    /**
     * The problems one binding exception stands for.
     *
     * @param e the exception
     * @return at least one problem
     */
    public static java.util.List<Problem> problemsOf(JsonMappingException e) {
        String path = path(e.getPath());
        if (e instanceof UnrecognizedPropertyException u) {
            String known = u.getKnownPropertyIds() == null
                    ? ""
                    : u.getKnownPropertyIds().stream()
                            .map(String::valueOf)
                            .sorted()
                            .collect(Collectors.joining(", "));
            String parent = path(e.getPath().subList(0, Math.max(0, e.getPath().size() - 1)));
            return java.util.List.of(Problem.at(
                    ModelProblem.UNKNOWN_FIELD, parent + "." + u.getPropertyName(), u.getPropertyName(), known));
        }
        if (e instanceof InvalidTypeIdException t) {
            return java.util.List.of(Problem.at(
                    ModelProblem.UNKNOWN_CODE, path + ".type", String.valueOf(t.getTypeId()), subtypeNames(t)));
        }
        Throwable root = rootCause(e);
        if (root instanceof InvalidIdException bad) {
            return java.util.List.of(bad.problemAt(path));
        }
        if (root instanceof IllegalStateException && root.getMessage() != null) {
            Matcher m = IMMUTABLES_MISSING.matcher(root.getMessage());
            if (m.find()) {
                java.util.List<Problem> out = new ArrayList<>();
                for (String field : m.group(1).split(",")) {
                    String f = field.trim();
                    out.add(Problem.at(ModelProblem.MISSING_FIELD, path + "." + f, f));
                }
                return out;
            }
        }
        if (root instanceof NullPointerException
                && root.getMessage() != null
                && root.getMessage().matches("[A-Za-z]+")) {
            return java.util.List.of(
                    Problem.at(ModelProblem.MISSING_FIELD, path + "." + root.getMessage(), root.getMessage()));
        }
        if (root instanceof IllegalArgumentException
                && root.getMessage() != null
                && root.getMessage().startsWith("unknown code")) {
            Matcher m = Pattern.compile("unknown code \"(.*)\" for \\w+; allowed: (.*)")
                    .matcher(root.getMessage());
            if (m.matches()) {
                return java.util.List.of(Problem.at(ModelProblem.UNKNOWN_CODE, path, m.group(1), m.group(2)));
            }
        }
        if (root instanceof IllegalArgumentException && root != e) {
            return java.util.List.of(
                    Problem.at(ModelProblem.INVALID_VALUE, path, firstLine(String.valueOf(root.getMessage()))));
        }
        if (e instanceof InvalidFormatException f) {
            return java.util.List.of(Problem.at(
                    ModelProblem.WRONG_TYPE, path, typeName(f.getTargetType()), String.valueOf(f.getValue())));
        }
        if (e instanceof MismatchedInputException mi) {
            return java.util.List.of(Problem.at(
                    ModelProblem.WRONG_TYPE, path, typeName(mi.getTargetType()), firstLine(mi.getOriginalMessage())));
        }
        return java.util.List.of(Problem.at(ModelProblem.INVALID_VALUE, path, firstLine(e.getOriginalMessage())));
    }

    /**
     * Renders a Jackson reference chain as a JSON path such as {@code $.dimensions[2].code}.
     *
     * @param refs the chain
     * @return the path
     */
    public static String path(java.util.List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder("$");
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                sb.append('.').append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static void checkNumbers(JsonNode node, String path, java.util.List<Problem> problems) {
        if (node.isNumber()) {
            if (node.isDouble() || node.isFloat()) {
                double d = node.doubleValue();
                if (Double.isNaN(d) || Double.isInfinite(d) || Math.abs(d) > MAX_MAGNITUDE.doubleValue()) {
                    problems.add(Problem.at(ModelProblem.BAD_NUMBER, path, node.asText()));
                }
                return;
            }
            BigDecimal v = node.decimalValue();
            if (v.abs().compareTo(MAX_MAGNITUDE) > 0 || v.scale() > MAX_SCALE) {
                problems.add(Problem.at(ModelProblem.BAD_NUMBER, path, v.toString()));
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                checkNumbers(e.getValue(), path + "." + e.getKey(), problems);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkNumbers(node.get(i), path + "[" + i + "]", problems);
            }
        }
    }

    private static String subtypeNames(InvalidTypeIdException e) {
        String msg = String.valueOf(e.getOriginalMessage());
        int i = msg.indexOf("known type ids = [");
        if (i < 0) {
            return "?";
        }
        int j = msg.indexOf(']', i);
        return msg.substring(i + "known type ids = [".length(), j < 0 ? msg.length() : j);
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "?";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class || type == double.class) {
            return "number";
        }
        if (type == String.class) {
            return "string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "array";
        }
        // Jackson binds Immutables values through their nested ImmutableX.Json class
        Class<?> named = type.getEnclosingClass() != null
                        && type.getEnclosingClass().getSimpleName().startsWith("Immutable")
                ? type.getEnclosingClass()
                : type;
        if (named.getSimpleName().startsWith("Immutable")) {
            return "object " + named.getSimpleName().substring("Immutable".length());
        }
        return named.getSimpleName();
    }

    private static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
