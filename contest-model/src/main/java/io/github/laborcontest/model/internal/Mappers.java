// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.laborcontest.model.json.ContestJson;
import java.io.UncheckedIOException;
import org.yaml.snakeyaml.LoaderOptions;

/** The library's two configured mappers, built once; callers get copies. */
public final class Mappers {

    private static final ObjectMapper JSON =
            configure(JsonMapper.builder(jsonFactory())).build();
    private static final ObjectMapper YAML =
            configure(YAMLMapper.builder(yamlFactory())).build();

    private Mappers() {}

    /** The shared JSON mapper; never reconfigure it. */
    public static ObjectMapper json() {
        return JSON;
    }

    /** The shared YAML mapper; never reconfigure it. */
    public static ObjectMapper yaml() {
        return YAML;
    }

    /**
     * Writes a value; contest values always serialise, so a failure is a bug.
     *
     * @param mapper the mapper
     * @param value the value
     * @return the text
     */
    public static String write(ObjectMapper mapper, Object value) {
        try {
            String text = mapper.writeValueAsString(value);
            return text.endsWith("\n") ? text : text + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(
                    "cannot serialise " + value.getClass().getName(), e);
        }
    }

    private static StreamReadConstraints constraints() {
        return StreamReadConstraints.builder()
                .maxNestingDepth(ContestJson.MAX_DEPTH)
                .maxNumberLength(64)
                .maxStringLength(ContestJson.MAX_DOCUMENT_CHARS)
                .build();
    }

    private static com.fasterxml.jackson.core.JsonFactory jsonFactory() {
        com.fasterxml.jackson.core.JsonFactory f = com.fasterxml.jackson.core.JsonFactory.builder()
                .streamReadConstraints(constraints())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
        return f;
    }

    private static YAMLFactory yamlFactory() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(ContestJson.MAX_DOCUMENT_CHARS);
        options.setNestingDepthLimit(ContestJson.MAX_DEPTH);
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        return YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(constraints())
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .disable(YAMLGenerator.Feature.USE_NATIVE_TYPE_ID)
                .disable(YAMLGenerator.Feature.USE_NATIVE_OBJECT_ID)
                // every string quoted: a minimised "1e20" or "yes" would read back as a number or boolean
                .disable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .build();
    }

    private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B configure(B builder) {
        return builder.addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                // keep 0.30 as 0.30 when reading through a tree: scale is part of a declared value
                .disable(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(JsonParser.Feature.ALLOW_COMMENTS)
                .defaultPropertyInclusion(
                        JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT));
    }
}
