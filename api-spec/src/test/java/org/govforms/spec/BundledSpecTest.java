package org.govforms.spec;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BundledSpecTest {

    private static SwaggerParseResult parse() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIParser().readLocation(BundledSpec.url().toString(), null, options);
    }

    @Test
    void theBundledSpecParsesWithoutAnyMessage() {
        SwaggerParseResult result = parse();

        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.0.3");
        assertThat(result.getOpenAPI().getServers()).isNotEmpty();
    }

    @Test
    void everyOperationNeedsBearerCredentialsAndAnswersProblemsAsProblemJson() {
        OpenAPI api = parse().getOpenAPI();
        assertThat(api.getComponents().getSecuritySchemes().get("apiKey").getScheme()).isEqualTo("bearer");
        List<String> operations = new ArrayList<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            operations.add(method + " " + path);
            boolean secured = operation.getSecurity() == null
                    ? api.getSecurity() != null && !api.getSecurity().isEmpty()
                    : !operation.getSecurity().isEmpty();
            assertThat(secured).as(method + " " + path + " requires credentials").isTrue();
            assertThat(operation.getResponses()).as(method + " " + path).containsKey("401");
            operation.getResponses().forEach((status, response) -> {
                if (status.startsWith("4") || status.startsWith("5")) {
                    assertThat(response.getContent()).as(method + " " + path + " " + status)
                            .containsOnlyKeys("application/problem+json");
                }
            });
            assertThat(operation.getOperationId()).as(method + " " + path).isNotBlank();
        }));
        assertThat(operations).contains("POST /v1/i589-applications", "GET /v1/i589-applications",
                "GET /v1/i589-applications/{applicationId}", "PUT /v1/i589-applications/{applicationId}",
                "POST /v1/validations/i589-application", "GET /v1/rules");
    }

    @Test
    void everyStringHasAMaxLengthAndEveryArrayAMaxItems() {
        List<String> unbounded = new ArrayList<>();
        walk(BundledSpec.tree().path("components").path("schemas"), "#/components/schemas", unbounded);
        assertThat(unbounded).isEmpty();
    }

    private static void walk(JsonNode node, String where, List<String> unbounded) {
        if (node.isObject()) {
            String type = node.path("type").asText();
            boolean bounded = node.has("enum") || node.has("format") && !node.path("format").asText().equals("byte")
                    || node.has("maxLength");
            if (type.equals("string") && !bounded) {
                unbounded.add(where + " has no maxLength");
            }
            if (type.equals("array") && !node.has("maxItems")) {
                unbounded.add(where + " has no maxItems");
            }
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (!field.getKey().equals("example")) {
                    walk(field.getValue(), where + "/" + field.getKey(), unbounded);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), where + "/" + i, unbounded);
            }
        }
    }

}
