package org.govforms.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.govforms.domain.spec.SpecIndex;

/**
 * The examples of the bundled specification, as tests in every module use them: the valid ones, and the
 * invalid variants with the violations (pointer, rule, severity) that they must produce.
 */
public final class SpecExamples {

    private static final ObjectMapper JSON = GovFormsJson.newObjectMapper();
    private static final JsonNode SPEC = readSpec();

    private SpecExamples() {
    }

    /** One example: its name in components/examples, its JSON value and what it must produce. */
    public record Example(String name, JsonNode value, List<Expected> expected) {
        public byte[] json() {
            try {
                return JSON.writeValueAsBytes(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** A deep copy to change in a test. */
        public ObjectNode copy() {
            return (ObjectNode) value.deepCopy();
        }

        public boolean hasErrors() {
            return expected.stream().anyMatch(e -> e.severity().equals("error"));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    public record Expected(String pointer, String rule, String severity) {
    }

    public static Example example(String name) {
        JsonNode example = SPEC.path("components").path("examples").path(name);
        if (example.isMissingNode()) {
            throw new IllegalArgumentException("no example " + name + " in the specification");
        }
        List<Expected> expected = new ArrayList<>();
        for (JsonNode violation : example.path("x-expected-violations")) {
            expected.add(new Expected(violation.path("pointer").asText(), violation.path("rule").asText(),
                    violation.path("severity").asText("error")));
        }
        return new Example(name, example.path("value"), List.copyOf(expected));
    }

    /** Every example whose name starts with the prefix (e.g. "" for all). */
    public static List<Example> examples(String prefix) {
        List<Example> examples = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = SPEC.path("components").path("examples").fields(); it.hasNext(); ) {
            String name = it.next().getKey();
            if (name.startsWith(prefix)) {
                examples.add(example(name));
            }
        }
        return examples;
    }

    /** Every example that a request body of the schema shows, e.g. "ExternalAudit" (not its parts' examples). */
    public static List<Example> examplesOf(String schemaName) {
        return examples("").stream().filter(example -> schemaName.equals(schemaOf(example.name()))).toList();
    }

    /** The schema of the request bodies that show the example, or null when none does. */
    public static String schemaOf(String exampleName) {
        for (JsonNode path : SPEC.path("paths")) {
            for (JsonNode operation : path) {
                JsonNode media = operation.path("requestBody").path("content").path("application/json");
                for (JsonNode example : media.path("examples")) {
                    if (example.path("$ref").asText().endsWith("/" + exampleName)) {
                        String ref = media.path("schema").path("$ref").asText();
                        return ref.substring(ref.lastIndexOf('/') + 1);
                    }
                }
            }
        }
        return null;
    }

    public static JsonNode spec() {
        return SPEC;
    }

    public static ObjectMapper json() {
        return JSON;
    }

    private static JsonNode readSpec() {
        try (InputStream in = SpecExamples.class.getClassLoader().getResourceAsStream(SpecIndex.SPEC_RESOURCE)) {
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
