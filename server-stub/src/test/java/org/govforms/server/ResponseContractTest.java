package org.govforms.server;

import com.atlassian.oai.validator.report.ValidationReport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The response check of every API test fails on each way an answer can break the spec. */
class ResponseContractTest {

    private static final Map<String, List<String>> PROBLEM = Map.of("content-type", List.of("application/problem+json"));
    private static final String UNAUTHORIZED = """
            {"type":"urn:govforms:problem:unauthorized","title":"An API key is required","status":401,
             "instance":"/v1/i589-applications"}""";

    @Test
    void aDeclaredAnswerConforms() {
        assertThat(violations("GET", "/v1/i589-applications", 401, PROBLEM, UNAUTHORIZED)).isEmpty();
    }

    @Test
    void anUndeclaredStatusIsAViolation() {
        assertThat(violations("GET", "/v1/i589-applications", 418, PROBLEM, UNAUTHORIZED))
                .containsExactly("validation.response.status.unknown");
    }

    @Test
    void aBodyThatBreaksTheSchemaIsAViolation() {
        String noTitle = UNAUTHORIZED.replace("\"title\":\"An API key is required\",", "");
        String statusAsText = UNAUTHORIZED.replace("401", "\"401\"");

        assertThat(violations("GET", "/v1/i589-applications", 401, PROBLEM, noTitle))
                .containsExactly("validation.response.body.schema.required");
        assertThat(violations("GET", "/v1/i589-applications", 401, PROBLEM, statusAsText))
                .containsExactly("validation.response.body.schema.type");
    }

    @Test
    void anUndeclaredContentTypeIsAViolation() {
        assertThat(violations("GET", "/v1/i589-applications", 401, Map.of("content-type", List.of("text/html")), "<p>no</p>"))
                .containsExactly("validation.response.contentType.notAllowed");
    }

    @Test
    void aMalformedHeaderIsAViolation() {
        Map<String, List<String>> headers = Map.of("content-type", List.of("application/json"),
                "etag", List.of("\"" + "9".repeat(200) + "\""));
        String page = "{\"items\":[]}";

        assertThat(violations("GET", "/v1/i589-applications", 200, headers, page)).isEmpty();
        assertThat(violations("POST", "/v1/i589-applications", 201, headers, "{}"))
                .contains("validation.response.header.schema.maxLength");
    }

    @Test
    void answersOutsideTheApiAreNotChecked() {
        assertThat(violations("GET", "/actuator/health", 200, Map.of("content-type", List.of("text/plain")), "UP")).isEmpty();
        assertThat(violations("DELETE", "/v1/i589-applications", 405, PROBLEM, "{}")).isEmpty();
    }

    private static List<String> violations(String method, String path, int status, Map<String, List<String>> headers,
            String body) {
        return ResponseContract.violations(method, path, status, headers, body).stream()
                .map(ValidationReport.Message::getKey)
                .toList();
    }
}
