package org.govforms.spec;

import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every example of the spec validates against the schema it illustrates; an invalid variant breaks the
 * schema exactly where it declares a schema violation (x-expected-violations with a schema: rule), and
 * nowhere else.
 */
class ExamplesTest {

    private static final OpenAPI API = parse();
    private static final SchemaValidator VALIDATOR = new SchemaValidator(API, new MessageResolver());

    /** A request or response example and the schema of the body it stands in. */
    record Example(String where, JsonNode value, Schema<?> schema, List<String> schemaViolationPointers) {
        @Override
        public String toString() {
            return where;
        }
    }

    static Stream<Example> mediaTypeExamples() {
        JsonNode tree = BundledSpec.tree();
        List<Example> examples = new ArrayList<>();
        API.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            if (operation.getRequestBody() != null) {
                operation.getRequestBody().getContent().forEach((type, media) -> {
                    if (media.getExamples() != null) {
                        media.getExamples().forEach((name, example) -> {
                            String ref = example.get$ref();
                            // a named record example, or one written where it is used (a file body)
                            JsonNode node = ref == null
                                    ? tree.path("paths").path(path).path(method.name().toLowerCase())
                                            .path("requestBody").path("content").path(type).path("examples").path(name)
                                    : tree.path("components").path("examples").path(ref.substring(ref.lastIndexOf('/') + 1));
                            examples.add(new Example(method + " " + path + " " + name, node.path("value"),
                                    media.getSchema(), schemaViolations(node)));
                        });
                    }
                });
            }
            operation.getResponses().forEach((status, response) -> {
                if (response.getContent() != null) {
                    response.getContent().forEach((type, media) -> {
                        if (media.getExample() != null) {
                            examples.add(new Example(method + " " + path + " " + status,
                                    tree.path("paths").path(path).path(method.name().toLowerCase())
                                            .path("responses").path(status).path("content").path(type).path("example"),
                                    media.getSchema(), List.of()));
                        }
                    });
                }
            });
        }));
        return examples.stream();
    }

    static Stream<Example> schemaExamples() {
        JsonNode schemas = BundledSpec.tree().path("components").path("schemas");
        List<Example> examples = new ArrayList<>();
        for (Map.Entry<String, Schema> entry : API.getComponents().getSchemas().entrySet()) {
            JsonNode example = schemas.path(entry.getKey()).path("example");
            examples.add(new Example("#/components/schemas/" + entry.getKey(), example, entry.getValue(), List.of()));
        }
        return examples.stream();
    }

    @ParameterizedTest
    @MethodSource("mediaTypeExamples")
    void everyRequestAndResponseExampleBreaksTheSchemaOnlyWhereItSaysSo(Example example) {
        ValidationReport report = VALIDATOR.validate(() -> example.value(), example.schema(), "example");

        List<String> pointers = report.getMessages().stream()
                .map(message -> message.getContext().flatMap(c -> c.getPointers()).map(p -> p.getInstance()).orElse("?"))
                .toList();
        assertThat(pointers).as(report.getMessages().toString())
                .containsExactlyInAnyOrderElementsOf(example.schemaViolationPointers());
    }

    @ParameterizedTest
    @MethodSource("schemaExamples")
    void everySchemaHasARealExampleThatValidates(Example example) {
        assertThat(example.value().isMissingNode()).as(example.where() + " has an example").isFalse();

        ValidationReport report = VALIDATOR.validate(() -> example.value(), example.schema(), "example");

        assertThat(report.getMessages()).isEmpty();
    }

    @Test
    void theRequestExamplesCoverTheCompleteTheMinimalAndTheInvalidRecords() {
        assertThat(mediaTypeExamples().map(Example::where))
                .anyMatch(where -> where.endsWith("complete"))
                .anyMatch(where -> where.endsWith("minimal"))
                .anyMatch(where -> where.contains("invalid"));
    }

    private static List<String> schemaViolations(JsonNode example) {
        List<String> pointers = new ArrayList<>();
        for (JsonNode violation : example.path("x-expected-violations")) {
            String rule = violation.path("rule").asText();
            if (rule.startsWith("schema:") && !BundledSpec.DOMAIN_CHECKED_RULES.contains(rule)) {
                pointers.add(violation.path("pointer").asText());
            }
        }
        return pointers;
    }

    private static OpenAPI parse() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIParser().readLocation(BundledSpec.url().toString(), null, options).getOpenAPI();
    }
}
