// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.github.laborcontest.model.Competition;
import io.github.laborcontest.model.CompetitionPlan;
import io.github.laborcontest.model.IndicatorSet;
import io.github.laborcontest.model.Measurement;
import io.github.laborcontest.model.internal.JsonReading;
import io.github.laborcontest.model.internal.Mappers;
import io.github.laborcontest.model.problem.Problem;
import io.github.laborcontest.model.validation.ContestValidator;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Locale;

/**
 * Reads and writes contest documents as JSON or YAML. Reading never throws on bad input: it
 * returns every problem found as a {@link Validation}, each naming the JSON path, in Chinese and
 * English. Reading is two-staged: first the document's form (well-formed, within the size, depth
 * and number limits, the right types and codes, required fields present); then, once a value is
 * bound, its content ({@link ContestValidator}: the seven plan elements, dates, points that add
 * up, unique ids, …). Problems of the first stage stop at the first object that cannot be bound
 * (its missing fields are all listed); problems of the second stage are all reported.
 *
 * <pre>{@code
 * Validation<Seq<Problem>, Competition> read = ContestJson.readCompetition(text, Format.YAML);
 * read.fold(problems -> problems.map(p -> p.message(Locale.ENGLISH)), ContestJson::writeJson);
 * }</pre>
 *
 * <p>Writing is deterministic: the same value gives byte-identical text.
 *
 * @since 0.1.0
 */
public final class ContestJson {

    /** The largest document accepted, in characters (16 MiB). */
    public static final int MAX_DOCUMENT_CHARS = 16 * 1024 * 1024;

    /** The deepest nesting accepted. */
    public static final int MAX_DEPTH = 64;

    private ContestJson() {}

    /** The text formats read and written. */
    public enum Format {
        /** JSON (RFC 8259). */
        JSON,
        /** YAML 1.1, as read by SnakeYAML. */
        YAML;

        /**
         * The format of a file by its name: {@code .yaml}/{@code .yml} is YAML, anything else JSON.
         *
         * @param fileName the file's name
         * @return the format
         */
        public static Format ofFileName(String fileName) {
            String lower = fileName.toLowerCase(Locale.ROOT);
            return lower.endsWith(".yaml") || lower.endsWith(".yml") ? YAML : JSON;
        }
    }

    /**
     * A new JSON mapper configured as the library reads and writes: strict (unknown fields,
     * duplicate keys and trailing tokens refused), exact numbers ({@code BigDecimal}), ISO dates,
     * sorted map keys, absent optionals omitted. Hosts may use it for contest types inside their own
     * documents.
     *
     * @return a new mapper; changing it does not affect the library
     */
    public static ObjectMapper jsonMapper() {
        return Mappers.json().copy();
    }

    /**
     * A new YAML mapper with the same configuration as {@link #jsonMapper()}.
     *
     * @return a new mapper
     */
    public static ObjectMapper yamlMapper() {
        return Mappers.yaml().copy();
    }

    /**
     * Reads and validates a competition.
     *
     * @param text the document
     * @param format JSON or YAML
     * @return the competition, or every problem found
     */
    public static Validation<Seq<Problem>, Competition> readCompetition(String text, Format format) {
        return read(text, format, Competition.class).flatMap(ContestValidator::validate);
    }

    /**
     * Reads and validates a competition plan (竞赛方案).
     *
     * @param text the document
     * @param format JSON or YAML
     * @return the plan, or every problem found
     */
    public static Validation<Seq<Problem>, CompetitionPlan> readPlan(String text, Format format) {
        return read(text, format, CompetitionPlan.class).flatMap(ContestValidator::validate);
    }

    /**
     * Reads and validates an indicator set.
     *
     * @param text the document
     * @param format JSON or YAML
     * @return the set, or every problem found
     */
    public static Validation<Seq<Problem>, IndicatorSet> readIndicatorSet(String text, Format format) {
        return read(text, format, IndicatorSet.class).flatMap(ContestValidator::validate);
    }

    /**
     * Reads and validates a list of measurements (a JSON array).
     *
     * @param text the document
     * @param format JSON or YAML
     * @return the measurements in document order, or every problem found
     */
    public static Validation<Seq<Problem>, List<Measurement>> readMeasurements(String text, Format format) {
        Validation<Seq<Problem>, List<Measurement>> read = JsonReading.read(
                text,
                format == Format.YAML ? Mappers.yaml() : Mappers.json(),
                TypeFactory.defaultInstance().constructCollectionType(List.class, Measurement.class));
        return read.flatMap(ContestValidator::validateMeasurements);
    }

    /**
     * Reads a document into any contest type, checking its form only (no content validation).
     *
     * @param text the document
     * @param format JSON or YAML
     * @param type the type to bind
     * @param <T> the type
     * @return the value, or every form problem found
     */
    public static <T> Validation<Seq<Problem>, T> read(String text, Format format, Class<T> type) {
        return JsonReading.read(
                text,
                format == Format.YAML ? Mappers.yaml() : Mappers.json(),
                TypeFactory.defaultInstance().constructType(type));
    }

    /**
     * Writes a value as indented JSON, deterministically.
     *
     * @param value a contest value
     * @return the JSON text, ending with a newline
     */
    public static String writeJson(Object value) {
        return Mappers.write(Mappers.json(), value);
    }

    /**
     * Writes a value as YAML, deterministically.
     *
     * @param value a contest value
     * @return the YAML text
     */
    public static String writeYaml(Object value) {
        return Mappers.write(Mappers.yaml(), value);
    }

    /**
     * Writes a value in the given format.
     *
     * @param value a contest value
     * @param format JSON or YAML
     * @return the text
     */
    public static String write(Object value, Format format) {
        return format == Format.YAML ? writeYaml(value) : writeJson(value);
    }
}
