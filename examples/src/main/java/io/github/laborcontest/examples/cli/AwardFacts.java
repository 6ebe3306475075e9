// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.laborcontest.awards.Candidate;
import io.github.laborcontest.awards.FactValue;
import io.github.laborcontest.model.Competition;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.json.ContestJson;
import io.github.laborcontest.model.problem.ModelProblem;
import io.github.laborcontest.model.problem.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Facts about participants that scores do not tell, for award conditions (for example {@code
 * disciplinary-record}, {@code serious-safety-accident}), read from a JSON or YAML object: keys
 * are participant ids, values are objects of facts; the key {@code "*"} gives facts for every
 * participant, which a participant's own entry overrides.
 *
 * <pre>{@code
 * { "*": { "disciplinary-record": false }, "W-002": { "disciplinary-record": true } }
 * }</pre>
 *
 * @param facts the facts by participant id ({@code "*"} for all)
 */
record AwardFacts(Map<String, Map<String, FactValue>> facts) {

    /** The key of the facts that apply to every participant. */
    static final String ALL = "*";

    /** No facts. */
    static final AwardFacts NONE = new AwardFacts(Map.of());

    /**
     * Reads a facts file and checks that it names only the competition's participants.
     *
     * @param file the file
     * @param competition the competition the facts are about
     * @return the facts, or every problem found
     */
    static Validation<Seq<Problem>, AwardFacts> read(Path file, Competition competition) {
        return Inputs.read(file)
                .flatMap(t -> ContestJson.read(t, ContestJson.Format.ofFileName(file.toString()), JsonNode.class))
                .flatMap(node -> parse(node, Optional.of(competition)));
    }

    /**
     * Checks a facts document already read as a tree.
     *
     * @param node the document
     * @param competition the competition the participant ids must belong to; empty: ids unchecked
     * @return the facts, or every problem found
     */
    static Validation<Seq<Problem>, AwardFacts> parse(JsonNode node, Optional<Competition> competition) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Map<String, FactValue>> out = new LinkedHashMap<>();
        if (!node.isObject()) {
            problems.add(Problem.at(
                    ModelProblem.WRONG_TYPE,
                    "$",
                    "object",
                    node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)));
        } else {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String path = "$['" + e.getKey() + "']";
                if (!e.getKey().equals(ALL)
                        && competition.isPresent()
                        && !isParticipant(competition.get(), e.getKey())) {
                    problems.add(Problem.at(ModelProblem.UNKNOWN_REFERENCE, path, "participant", e.getKey()));
                    continue;
                }
                if (!e.getValue().isObject()) {
                    problems.add(Problem.at(
                            ModelProblem.WRONG_TYPE,
                            path,
                            "object",
                            e.getValue().getNodeType().toString().toLowerCase(java.util.Locale.ROOT)));
                    continue;
                }
                Map<String, FactValue> facts = new TreeMap<>();
                for (Map.Entry<String, JsonNode> fact : e.getValue().properties()) {
                    JsonNode v = fact.getValue();
                    if (v.isBoolean()) {
                        facts.put(fact.getKey(), FactValue.of(v.booleanValue()));
                    } else if (v.isNumber()) {
                        facts.put(fact.getKey(), FactValue.of(v.decimalValue()));
                    } else if (v.isTextual()) {
                        facts.put(fact.getKey(), FactValue.of(v.textValue()));
                    } else {
                        problems.add(Problem.at(
                                ModelProblem.WRONG_TYPE,
                                path + "['" + fact.getKey() + "']",
                                "boolean | number | text",
                                v.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)));
                    }
                }
                out.put(e.getKey(), facts);
            }
        }
        return problems.isEmpty()
                ? Validation.valid(new AwardFacts(out))
                : Validation.invalid(io.vavr.collection.List.ofAll(problems));
    }

    private static boolean isParticipant(Competition competition, String id) {
        try {
            return competition.participant(ParticipantId.of(id)).isPresent();
        } catch (IllegalArgumentException notAnId) {
            return false;
        }
    }

    /**
     * The candidates with these facts added: first those for everyone, then each one's own.
     *
     * @param candidates the candidates
     * @return the candidates with facts
     */
    List<Candidate> applyTo(List<Candidate> candidates) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : candidates) {
            Candidate with = c;
            for (Map.Entry<String, FactValue> f :
                    facts.getOrDefault(ALL, Map.of()).entrySet()) {
                with = with.withFact(f.getKey(), f.getValue());
            }
            for (Map.Entry<String, FactValue> f :
                    facts.getOrDefault(c.participant().value(), Map.of()).entrySet()) {
                with = with.withFact(f.getKey(), f.getValue());
            }
            out.add(with);
        }
        return out;
    }
}
