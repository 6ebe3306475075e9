// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.mcda;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.github.laborcontest.model.problem.ModelProblem;
import io.github.laborcontest.model.problem.Problem;
import io.github.laborcontest.model.problem.ProblemCode;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the decision-problem JSON into a {@link DecisionProblem}, collecting every problem with
 * its JSON path. Not thread-safe; one instance per document.
 */
final class DecisionProblemReader {
    /** At most this many problems are reported; the last one says that more were found. */
    static final int MAX_PROBLEMS = 100;
    /** PROMETHEE II is O(m²): at most this many alternatives. */
    static final int PROMETHEE_LIMIT = 5000;

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .addModule(new Jdk8Module())
            .build();

    private static final List<String> ROOT_FIELDS =
            List.of("alternatives", "criteria", "matrix", "weighting", "method");
    private static final List<String> CRITERION_FIELDS = List.of("id", "type", "weight", "preference");
    private static final List<String> METHOD_FIELDS = List.of("name", "normalization", "v");
    private static final List<String> PREFERENCE_FIELDS = List.of("function", "q", "p");

    private final List<Problem> problems = new ArrayList<>();
    private int dropped;

    Validation<Seq<Problem>, DecisionProblem> read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            return Validation.invalid(Vector.of(Problem.at(
                    ModelProblem.MALFORMED,
                    "$",
                    e.getOriginalMessage(),
                    at == null ? -1 : at.getLineNr(),
                    at == null ? -1 : at.getColumnNr())));
        }
        if (root == null || root.isMissingNode()) {
            return Validation.invalid(Vector.of(Problem.at(ModelProblem.MALFORMED, "$", "empty document", 1, 1)));
        }
        if (!root.isObject()) {
            return Validation.invalid(Vector.of(wrongType("$", "object", root)));
        }
        unknownFields(root, "$", ROOT_FIELDS);
        List<String> alternatives = alternatives(root.get("alternatives"));
        int criteriaCount =
                root.path("criteria").isArray() ? root.get("criteria").size() : -1;
        List<@Nullable Criterion> criteria = new ArrayList<>();
        List<@Nullable PreferenceFunction> preferences = new ArrayList<>();
        List<Boolean> preferenceGiven = new ArrayList<>();
        criteria(root.get("criteria"), criteria, preferences, preferenceGiven);
        Weighting weighting = weighting(root.get("weighting"));
        JsonNode methodNode = root.get("method");
        String methodName = methodName(methodNode);
        double[] values = matrix(root.get("matrix"), alternatives == null ? -1 : alternatives.size(), criteriaCount);
        int rows = values == null || criteriaCount <= 0 ? 0 : values.length / criteriaCount;

        if (weighting == Weighting.GIVEN && criteriaCount > 0 && !criteria.contains(null)) {
            boolean missing = false;
            double total = 0;
            for (int j = 0; j < criteria.size(); j++) {
                Criterion c = criteria.get(j);
                if (c != null && c.weight().isEmpty()) {
                    add(Problem.at(ModelProblem.MISSING_FIELD, "$.criteria[" + j + "].weight", "weight"));
                    missing = true;
                } else if (c != null) {
                    total += c.weight().getAsDouble();
                }
            }
            if (!missing && !(total > 0)) {
                add(Problem.at(McdaProblem.WEIGHTS_ALL_ZERO, "$.criteria"));
            }
        }
        McdaMethod method = null;
        if (methodName != null && methodNode != null) {
            method = method(methodName, methodNode, preferences, preferenceGiven);
        }
        if (values != null && methodName != null && criteriaCount > 0) {
            dataChecks(values, rows, criteriaCount, weighting, methodName);
        }
        if (!problems.isEmpty() || alternatives == null || values == null || method == null || weighting == null) {
            if (problems.isEmpty()) {
                add(Problem.at(ModelProblem.INVALID_VALUE, "$", "incomplete decision problem"));
            }
            if (dropped > 0) {
                problems.add(Problem.at(McdaProblem.TOO_MANY_PROBLEMS, "$", MAX_PROBLEMS, MAX_PROBLEMS));
            }
            return Validation.invalid(Vector.ofAll(problems));
        }
        List<Criterion> complete = new ArrayList<>();
        for (Criterion c : criteria) {
            if (c != null) {
                complete.add(c);
            }
        }
        return Validation.valid(new DecisionProblem(
                alternatives, complete, DecisionMatrix.wrap(rows, criteriaCount, values), weighting, method));
    }

    private void add(Problem p) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(p);
        } else {
            dropped++;
        }
    }

    private void unknownFields(JsonNode node, String path, List<String> known) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                add(Problem.at(ModelProblem.UNKNOWN_FIELD, path + "." + name, name, String.join(", ", known)));
            }
        }
    }

    private static Problem wrongType(String path, String expected, JsonNode actual) {
        String text = actual.toString();
        if (text.length() > 40) {
            text = text.substring(0, 40) + "…";
        }
        return Problem.at(ModelProblem.WRONG_TYPE, path, expected, text);
    }

    private @Nullable String text(@Nullable JsonNode node, String path, String field) {
        if (node == null || node.isNull()) {
            add(Problem.at(ModelProblem.MISSING_FIELD, path, field));
            return null;
        }
        if (!node.isTextual()) {
            add(wrongType(path, "string", node));
            return null;
        }
        if (node.asText().isBlank()) {
            add(Problem.at(ModelProblem.BLANK, path, field));
            return null;
        }
        return node.asText();
    }

    /** A finite number of magnitude at most 1e100, or NaN after adding a problem. */
    private double number(JsonNode node, String path) {
        if (!node.isNumber()) {
            add(wrongType(path, "number", node));
            return Double.NaN;
        }
        double v = node.doubleValue();
        if (!(Math.abs(v) <= DecisionMatrix.MAX_MAGNITUDE)) {
            add(Problem.at(ModelProblem.BAD_NUMBER, path, node.asText()));
            return Double.NaN;
        }
        return v;
    }

    private <E extends Enum<E>> @Nullable E code(
            @Nullable JsonNode node,
            String path,
            String field,
            E[] values,
            java.util.function.Function<E, String> code) {
        String text = text(node, path, field);
        if (text == null) {
            return null;
        }
        for (E e : values) {
            if (code.apply(e).equals(text)) {
                return e;
            }
        }
        add(Problem.at(
                ModelProblem.UNKNOWN_CODE,
                path,
                text,
                String.join(", ", Arrays.stream(values).map(code).toList())));
        return null;
    }

    private @Nullable List<String> alternatives(@Nullable JsonNode node) {
        String path = "$.alternatives";
        if (node == null || node.isNull()) {
            add(Problem.at(ModelProblem.MISSING_FIELD, path, "alternatives"));
            return null;
        }
        if (!node.isArray()) {
            add(wrongType(path, "array", node));
            return null;
        }
        if (node.isEmpty()) {
            add(Problem.at(ModelProblem.BAD_SIZE, path, 0, 1, "∞"));
            return null;
        }
        List<String> ids = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean ok = true;
        for (int i = 0; i < node.size(); i++) {
            String id = text(node.get(i), path + "[" + i + "]", "alternatives[" + i + "]");
            if (id == null) {
                ok = false;
            } else if (!seen.add(id)) {
                add(Problem.at(ModelProblem.DUPLICATE_ID, path + "[" + i + "]", id));
                ok = false;
            } else {
                ids.add(id);
            }
        }
        return ok ? ids : null;
    }

    private void criteria(
            @Nullable JsonNode node,
            List<@Nullable Criterion> out,
            List<@Nullable PreferenceFunction> preferences,
            List<Boolean> preferenceGiven) {
        String path = "$.criteria";
        if (node == null || node.isNull()) {
            add(Problem.at(ModelProblem.MISSING_FIELD, path, "criteria"));
            return;
        }
        if (!node.isArray()) {
            add(wrongType(path, "array", node));
            return;
        }
        if (node.isEmpty()) {
            add(Problem.at(ModelProblem.BAD_SIZE, path, 0, 1, "∞"));
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < node.size(); j++) {
            String p = path + "[" + j + "]";
            JsonNode c = node.get(j);
            preferences.add(new PreferenceFunction.Usual());
            preferenceGiven.add(false);
            if (!c.isObject()) {
                add(wrongType(p, "object", c));
                out.add(null);
                continue;
            }
            unknownFields(c, p, CRITERION_FIELDS);
            String id = text(c.get("id"), p + ".id", "id");
            if (id != null && !seen.add(id)) {
                add(Problem.at(ModelProblem.DUPLICATE_ID, p + ".id", id));
                id = null;
            }
            CriterionType type = code(c.get("type"), p + ".type", "type", CriterionType.values(), CriterionType::code);
            OptionalDouble weight = OptionalDouble.empty();
            boolean weightOk = true;
            JsonNode w = c.get("weight");
            if (w != null && !w.isNull()) {
                double v = number(w, p + ".weight");
                if (Double.isNaN(v)) {
                    weightOk = false;
                } else if (v < 0) {
                    add(Problem.at(McdaProblem.NEGATIVE_WEIGHT, p + ".weight", w.asText()));
                    weightOk = false;
                } else {
                    weight = OptionalDouble.of(v);
                }
            }
            JsonNode pref = c.get("preference");
            if (pref != null && !pref.isNull()) {
                preferenceGiven.set(j, true);
                preferences.set(j, preference(pref, p + ".preference"));
            }
            out.add(id != null && type != null && weightOk ? new Criterion(id, type, weight) : null);
        }
    }

    private @Nullable PreferenceFunction preference(JsonNode node, String path) {
        if (!node.isObject()) {
            add(wrongType(path, "object", node));
            return null;
        }
        unknownFields(node, path, PREFERENCE_FIELDS);
        String function = text(node.get("function"), path + ".function", "function");
        if (function == null) {
            return null;
        }
        switch (function) {
            case "usual" -> {
                for (String f : List.of("q", "p")) {
                    if (node.has(f)) {
                        add(Problem.at(McdaProblem.NOT_APPLICABLE, path + "." + f, f, "usual"));
                    }
                }
                return new PreferenceFunction.Usual();
            }
            case "linear" -> {
                double q = 0;
                if (node.hasNonNull("q")) {
                    q = number(node.get("q"), path + ".q");
                }
                if (!node.hasNonNull("p")) {
                    add(Problem.at(ModelProblem.MISSING_FIELD, path + ".p", "p"));
                    return null;
                }
                double p = number(node.get("p"), path + ".p");
                if (Double.isNaN(q) || Double.isNaN(p)) {
                    return null;
                }
                if (!(q >= 0 && p > q)) {
                    add(Problem.at(McdaProblem.BAD_THRESHOLDS, path, q, p));
                    return null;
                }
                return new PreferenceFunction.Linear(q, p);
            }
            default -> {
                add(Problem.at(ModelProblem.UNKNOWN_CODE, path + ".function", function, "usual, linear"));
                return null;
            }
        }
    }

    private @Nullable Weighting weighting(@Nullable JsonNode node) {
        if (node == null) {
            return Weighting.GIVEN;
        }
        return code(node, "$.weighting", "weighting", Weighting.values(), Weighting::code);
    }

    private static final List<String> METHODS = List.of("wsm", "wpm", "topsis", "vikor", "promethee2");

    private @Nullable String methodName(@Nullable JsonNode node) {
        String path = "$.method";
        if (node == null || node.isNull()) {
            add(Problem.at(ModelProblem.MISSING_FIELD, path, "method"));
            return null;
        }
        if (!node.isObject()) {
            add(wrongType(path, "object", node));
            return null;
        }
        unknownFields(node, path, METHOD_FIELDS);
        String name = text(node.get("name"), path + ".name", "name");
        if (name != null && !METHODS.contains(name)) {
            add(Problem.at(ModelProblem.UNKNOWN_CODE, path + ".name", name, String.join(", ", METHODS)));
            return null;
        }
        return name;
    }

    private @Nullable McdaMethod method(
            String name, JsonNode node, List<@Nullable PreferenceFunction> preferences, List<Boolean> preferenceGiven) {
        boolean normalizes = name.equals("wsm") || name.equals("topsis");
        Normalization normalization = name.equals("topsis") ? Normalization.VECTOR : Normalization.MIN_MAX;
        boolean ok = true;
        if (node.has("normalization")) {
            if (!normalizes) {
                add(Problem.at(McdaProblem.NOT_APPLICABLE, "$.method.normalization", "normalization", name));
                ok = false;
            } else {
                Normalization n = code(
                        node.get("normalization"),
                        "$.method.normalization",
                        "normalization",
                        Normalization.values(),
                        Normalization::code);
                if (n == null) {
                    ok = false;
                } else {
                    normalization = n;
                }
            }
        }
        double v = 0.5;
        if (node.has("v")) {
            if (!name.equals("vikor")) {
                add(Problem.at(McdaProblem.NOT_APPLICABLE, "$.method.v", "v", name));
                ok = false;
            } else {
                v = number(node.get("v"), "$.method.v");
                if (Double.isNaN(v)) {
                    ok = false;
                } else if (v < 0) {
                    add(Problem.at(ModelProblem.TOO_SMALL, "$.method.v", v, 0));
                    ok = false;
                } else if (v > 1) {
                    add(Problem.at(ModelProblem.TOO_BIG, "$.method.v", v, 1));
                    ok = false;
                }
            }
        }
        if (!name.equals("promethee2")) {
            for (int j = 0; j < preferenceGiven.size(); j++) {
                if (preferenceGiven.get(j)) {
                    add(Problem.at(McdaProblem.NOT_APPLICABLE, "$.criteria[" + j + "].preference", "preference", name));
                    ok = false;
                }
            }
        } else if (preferences.contains(null)) {
            ok = false;
        }
        if (!ok) {
            return null;
        }
        return switch (name) {
            case "wsm" -> new McdaMethod.Wsm(normalization);
            case "wpm" -> new McdaMethod.Wpm();
            case "topsis" -> new McdaMethod.Topsis(normalization);
            case "vikor" -> new McdaMethod.Vikor(v);
            default -> {
                List<PreferenceFunction> list = new ArrayList<>();
                for (PreferenceFunction f : preferences) {
                    if (f != null) {
                        list.add(f);
                    }
                }
                yield new McdaMethod.Promethee2(list);
            }
        };
    }

    /** Column-major values, or null after adding problems. */
    private double @Nullable [] matrix(@Nullable JsonNode node, int alternatives, int criteria) {
        String path = "$.matrix";
        if (node == null || node.isNull()) {
            add(Problem.at(ModelProblem.MISSING_FIELD, path, "matrix"));
            return null;
        }
        if (!node.isArray()) {
            add(wrongType(path, "array", node));
            return null;
        }
        int m = node.size();
        if (m == 0) {
            add(Problem.at(ModelProblem.BAD_SIZE, path, 0, 1, "∞"));
            return null;
        }
        boolean ok = true;
        if (alternatives >= 0 && m != alternatives) {
            add(Problem.at(McdaProblem.ROW_COUNT, path, m, alternatives));
            ok = false;
        }
        int n = criteria > 0 ? criteria : -1;
        double[] data = n > 0 && ok ? new double[m * n] : null;
        for (int i = 0; i < m; i++) {
            String rp = path + "[" + i + "]";
            JsonNode row = node.get(i);
            if (!row.isArray()) {
                add(wrongType(rp, "array", row));
                ok = false;
                continue;
            }
            if (n > 0 && row.size() != n) {
                add(Problem.at(McdaProblem.RAGGED_ROW, rp, row.size(), n));
                ok = false;
            }
            for (int j = 0; j < row.size(); j++) {
                double v = number(row.get(j), rp + "[" + j + "]");
                if (Double.isNaN(v)) {
                    ok = false;
                } else if (data != null && j < n) {
                    data[j * m + i] = v;
                }
            }
        }
        return ok && n > 0 ? data : null;
    }

    private void dataChecks(double[] x, int m, int n, @Nullable Weighting weighting, String method) {
        if (weighting == Weighting.ENTROPY) {
            scan(x, m, n, McdaProblem.ENTROPY_NEGATIVE, v -> v >= 0);
        }
        if (method.equals("wpm")) {
            scan(x, m, n, McdaProblem.WPM_NOT_POSITIVE, v -> v > 0);
        }
        if (method.equals("promethee2") && m > PROMETHEE_LIMIT) {
            add(Problem.at(McdaProblem.TOO_MANY_ALTERNATIVES, "$.alternatives", m, PROMETHEE_LIMIT));
        }
    }

    private void scan(double[] x, int m, int n, ProblemCode code, java.util.function.DoublePredicate ok) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double v = x[j * m + i];
                if (!ok.test(v)) {
                    add(Problem.at(code, "$.matrix[" + i + "][" + j + "]", v));
                }
            }
        }
    }
}
