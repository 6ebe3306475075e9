// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.mcda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.laborcontest.model.problem.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.io.UncheckedIOException;

/**
 * The ranking JSON contract. A decision problem:
 *
 * <pre>{@code
 * { "alternatives": ["P1", "P2", "P3"],
 *   "criteria": [ {"id": "quality", "type": "benefit", "weight": 0.4},
 *                 {"id": "cost",    "type": "cost",    "weight": 0.6} ],
 *   "matrix": [[0.9, 120], [0.7, 100], [0.8, 90]],
 *   "weighting": "given",
 *   "method": {"name": "topsis", "normalization": "minmax"} }
 * }</pre>
 *
 * and its answer {@code {"weights": [...], "preferences": [...], "ranking": [...]}} with plain
 * doubles at full precision (Java's shortest round-trip representation) and ranks 1 = best. See
 * {@code docs/mcda.md} for every field and default.
 *
 * @since 0.1.0
 */
public final class McdaJson {
    private McdaJson() {}

    /**
     * Reads a decision problem, reporting every problem with its JSON path (at most 100).
     *
     * @param json the document
     * @return the problem, or the problems found
     */
    public static Validation<Seq<Problem>, DecisionProblem> parse(String json) {
        return new DecisionProblemReader().read(json);
    }

    /**
     * Solves a decision problem: weights by its weighting, then its method.
     *
     * @param problem a valid problem (as {@link #parse} returns)
     * @return the result
     */
    public static McdaResult solve(DecisionProblem problem) {
        return Mcda.rank(problem.matrix(), problem.types(), problem.weights(), problem.method());
    }

    /**
     * The answer JSON of a result: {@code {"weights":[…],"preferences":[…],"ranking":[…]}}.
     *
     * @param result the result
     * @return compact JSON
     */
    public static String write(McdaResult result) {
        ObjectNode root = DecisionProblemReader.MAPPER.createObjectNode();
        ArrayNode weights = root.putArray("weights");
        for (double w : result.weights().data()) {
            weights.add(w);
        }
        ArrayNode preferences = root.putArray("preferences");
        for (int i = 0; i < result.size(); i++) {
            preferences.add(result.preference(i));
        }
        ArrayNode ranking = root.putArray("ranking");
        for (int i = 0; i < result.size(); i++) {
            ranking.add(result.rank(i));
        }
        return toJson(root);
    }

    /**
     * The error JSON of problems: {@code {"problems":[{"code":…,"path":…,"args":[…],"message":{"zh":…,"en":…}}]}}.
     *
     * @param problems the problems
     * @return compact JSON
     */
    public static String writeProblems(Seq<Problem> problems) {
        ObjectNode root = DecisionProblemReader.MAPPER.createObjectNode();
        root.set("problems", DecisionProblemReader.MAPPER.valueToTree(problems.toJavaList()));
        return toJson(root);
    }

    /**
     * One call for the command line: parse, solve, write.
     *
     * @param json the decision problem
     * @return the answer JSON, or the problems
     */
    public static Either<Seq<Problem>, String> solve(String json) {
        return parse(json).toEither().map(p -> write(solve(p)));
    }

    private static String toJson(ObjectNode node) {
        try {
            return DecisionProblemReader.MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
