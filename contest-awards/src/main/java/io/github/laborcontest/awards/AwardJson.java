// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.awards;

import io.github.laborcontest.awards.internal.DefinitionChecks;
import io.github.laborcontest.model.Competition;
import io.github.laborcontest.model.json.ContestJson;
import io.github.laborcontest.model.json.ContestJson.Format;
import io.github.laborcontest.model.problem.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Arrays;
import java.util.List;

/**
 * Reads award definitions and candidates from JSON or YAML with the same standard as plans:
 * never throws on bad input, returns every problem with its JSON path in Chinese and English.
 * Reading checks the form first (types, codes, required fields, value invariants) and then the
 * content (unique ids, registered predicates, consistent ranks).
 *
 * <pre>{@code
 * Validation<Seq<Problem>, List<AwardDefinition>> defs =
 *     AwardJson.readDefinitions(Files.readString(path), Format.YAML, AwardRegistry.builtin());
 * }</pre>
 *
 * @since 0.1.0
 */
public final class AwardJson {

    private AwardJson() {}

    /**
     * Reads a list of award definitions (a JSON array) and checks them against a registry.
     *
     * @param text the document
     * @param format JSON or YAML
     * @param registry resolves custom predicates
     * @return the definitions, or every problem found
     */
    public static Validation<Seq<Problem>, List<AwardDefinition>> readDefinitions(
            String text, Format format, AwardRegistry registry) {
        return noNulls(text, format)
                .flatMap(ok -> ContestJson.read(text, format, AwardDefinition[].class))
                .map(a -> Arrays.asList(a))
                .flatMap(registry::check);
    }

    /**
     * Reads a list of candidates (a JSON array) and checks them.
     *
     * @param text the document
     * @param format JSON or YAML
     * @return the candidates, or every problem found
     */
    public static Validation<Seq<Problem>, List<Candidate>> readCandidates(String text, Format format) {
        return noNulls(text, format)
                .flatMap(ok -> ContestJson.read(text, format, Candidate[].class))
                .map(a -> List.copyOf(Arrays.asList(a)))
                .flatMap(cs -> result(DefinitionChecks.checkCandidates(cs, java.util.Optional.empty(), "$"), cs));
    }

    /**
     * Reads a candidates document ({@code {"entrants": n, "candidates": [...]}}) and joins it with
     * its competition.
     *
     * @param competition the competition, already read and validated
     * @param text the document
     * @param format JSON or YAML
     * @return the award input, or every problem found
     */
    public static Validation<Seq<Problem>, AwardInput> readInput(Competition competition, String text, Format format) {
        return noNulls(text, format)
                .flatMap(ok -> ContestJson.read(text, format, CandidateList.class))
                .flatMap(doc -> result(
                                DefinitionChecks.checkCandidates(doc.candidates(), doc.entrants(), "$.candidates"), doc)
                        .map(ok -> new AwardInput(competition, ok.candidates(), ok.entrants())));
    }

    /**
     * Writes definitions as indented JSON, deterministically.
     *
     * @param definitions the definitions
     * @return the JSON text
     */
    public static String writeDefinitions(List<AwardDefinition> definitions) {
        return ContestJson.writeJson(definitions);
    }

    /**
     * Refuses JSON {@code null} anywhere: in these documents an unknown value is left out, never
     * written as null. A document that does not parse passes here; its problem is reported by the
     * reader.
     */
    private static Validation<Seq<Problem>, String> noNulls(String text, Format format) {
        if (text.length() > ContestJson.MAX_DOCUMENT_CHARS) {
            return Validation.valid(text);
        }
        com.fasterxml.jackson.databind.JsonNode root;
        try {
            root = (format == Format.YAML ? ContestJson.yamlMapper() : ContestJson.jsonMapper()).readTree(text);
        } catch (com.fasterxml.jackson.core.JacksonException | RuntimeException e) {
            return Validation.valid(text);
        }
        java.util.List<Problem> problems = new java.util.ArrayList<>();
        if (root != null) {
            collectNulls(root, "$", problems);
        }
        return result(problems, text);
    }

    private static void collectNulls(
            com.fasterxml.jackson.databind.JsonNode node, String path, java.util.List<Problem> out) {
        if (node.isNull()) {
            out.add(Problem.at(AwardProblem.NULL_VALUE, path));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectNulls(node.get(i), path + "[" + i + "]", out);
            }
        } else if (node.isObject()) {
            for (java.util.Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> e : node.properties()) {
                collectNulls(e.getValue(), path + "." + e.getKey(), out);
            }
        }
    }

    private static <T> Validation<Seq<Problem>, T> result(List<Problem> problems, T value) {
        return problems.isEmpty()
                ? Validation.valid(value)
                : Validation.invalid(io.vavr.collection.List.ofAll(problems));
    }
}
