package org.govforms.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON Schema 2020-12 files in the jar, read as any JSON Schema consumer reads them (networknt, format
 * assertions on): every example of the spec validates where it should, and an invalid variant fails exactly
 * at each violation it declares with a {@code schema:} rule, and only where it declares a violation at all.
 */
class JsonSchemaFilesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .pathType(PathType.JSON_POINTER)
            .formatAssertionsEnabled(true)
            .build();
    private static final String REF = "#/components/schemas/";

    /** A request body example, the schema file of its body, and the violations it declares. */
    record BodyExample(String where, String schemaName, JsonNode value, JsonNode expected) {
        @Override
        public String toString() {
            return where + " -> " + JsonSchemaGenerator.fileName(schemaName);
        }
    }

    /** One schema of a file's $defs and its example. */
    record DefinedSchema(String file, String name, JsonNode document, JsonNode example) {
        @Override
        public String toString() {
            return file + "#/$defs/" + name;
        }
    }

    static Stream<BodyExample> requestBodyExamples() {
        JsonNode spec = BundledSpec.tree();
        List<BodyExample> examples = new ArrayList<>();
        spec.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            op.getValue().path("requestBody").path("content").fields().forEachRemaining(media -> {
                if (!media.getKey().endsWith("json")) {
                    return; // a filled PDF form is a file: no JSON Schema describes it
                }
                String ref = media.getValue().path("schema").path("$ref").asText();
                media.getValue().path("examples").fields().forEachRemaining(example -> {
                    String exampleRef = example.getValue().path("$ref").asText();
                    JsonNode node = spec.path("components").path("examples")
                            .path(exampleRef.substring(exampleRef.lastIndexOf('/') + 1));
                    examples.add(new BodyExample(op.getKey() + " " + path.getKey() + " " + example.getKey(),
                            ref.substring(REF.length()), node.path("value"), node.path("x-expected-violations")));
                });
            });
        }));
        return examples.stream();
    }

    static Stream<DefinedSchema> definedSchemas() {
        List<DefinedSchema> schemas = new ArrayList<>();
        for (JsonNode file : resource("index.json").path("schemas")) {
            JsonNode document = resource(file.asText());
            document.path("$defs").fieldNames().forEachRemaining(name -> schemas.add(new DefinedSchema(
                    file.asText(), name, document, document.path("$defs").path(name).path("examples").path(0))));
        }
        return schemas.stream();
    }

    @Test
    void everyRecordFamilyAndEveryBodyHasItsOwnFile() {
        JsonNode spec = BundledSpec.tree();
        Set<String> listed = new TreeSet<>();
        resource("index.json").path("schemas").forEach(name -> listed.add(name.asText()));

        assertThat(listed).isNotEmpty();
        requestBodyExamples().forEach(example ->
                assertThat(listed).contains(JsonSchemaGenerator.fileName(example.schemaName())));
        JsonSchemaGenerator.bodySchemas(spec).forEach(name -> {
            assertThat(listed).contains(JsonSchemaGenerator.fileName(name));
            JsonNode file = resource(JsonSchemaGenerator.fileName(name));
            assertThat(file.path("$schema").asText()).isEqualTo(JsonSchemaGenerator.DIALECT);
            assertThat(file.toString()).as(name + " is self-contained").doesNotContain("#/components/");
        });
    }

    @ParameterizedTest
    @MethodSource("requestBodyExamples")
    void everyRequestExampleBreaksTheJsonSchemaExactlyWhereItDeclaresASchemaRule(BodyExample example) {
        JsonSchema schema = FACTORY.getSchema(resource(JsonSchemaGenerator.fileName(example.schemaName())), CONFIG);

        Set<String> reported = new TreeSet<>();
        for (ValidationMessage message : schema.validate(example.value())) {
            reported.add(pointer(message) + " schema:" + message.getType());
        }

        Set<String> declaredSchemaRules = new TreeSet<>();
        Set<String> declaredPointers = new TreeSet<>();
        for (JsonNode violation : example.expected()) {
            declaredPointers.add(violation.path("pointer").asText());
            if (violation.path("rule").asText().startsWith("schema:") && !BundledSpec.DOMAIN_CHECKED_RULES.contains(violation.path("rule").asText())) {
                declaredSchemaRules.add(violation.path("pointer").asText() + " " + violation.path("rule").asText());
            }
        }
        assertThat(reported).containsAll(declaredSchemaRules);
        // a property whose x-rule its own schema enforces breaks the JSON Schema too: declared, but not schema:
        assertThat(reported.stream().map(r -> r.substring(0, r.indexOf(' '))))
                .as(reported.toString()).allMatch(declaredPointers::contains);
        if (example.expected().isEmpty()) {
            assertThat(reported).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("definedSchemas")
    void everySchemaInEveryFileHasAnExampleThatValidates(DefinedSchema defined) {
        assertThat(defined.example().isMissingNode()).as("has an example").isFalse();
        ObjectNode document = ((ObjectNode) defined.document().deepCopy());
        document.put("$ref", "#/$defs/" + defined.name());

        Set<ValidationMessage> messages = FACTORY.getSchema(document, CONFIG).validate(defined.example());

        assertThat(messages).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("requestBodyExamples")
    void aValidExampleWithoutARequiredPropertyFailsThere(BodyExample example) {
        JsonNode file = resource(JsonSchemaGenerator.fileName(example.schemaName()));
        JsonNode required = file.path("$defs").path(example.schemaName()).path("required");
        if (!example.expected().isEmpty() || required.isEmpty()) {
            return;
        }
        String property = required.get(0).asText();
        ObjectNode broken = example.value().deepCopy();
        broken.remove(property);

        assertThat(FACTORY.getSchema(file, CONFIG).validate(broken))
                .extracting(m -> pointer(m) + " " + m.getType())
                .containsExactly("/" + property + " required");
    }

    /** Where the message points, the missing property itself for a required one (as the domain reports it). */
    private static String pointer(ValidationMessage message) {
        String at = message.getInstanceLocation().toString();
        return message.getType().equals("required") ? at + "/" + message.getProperty() : at;
    }

    private static JsonNode resource(String name) {
        try (InputStream in = JsonSchemaFilesTest.class.getClassLoader()
                .getResourceAsStream(JsonSchemaGenerator.FOLDER + "/" + name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not in the jar's " + JsonSchemaGenerator.FOLDER);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
