package org.govforms.server;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a server answer against the operation of the bundled spec that it answers: status declared,
 * declared headers present and well-formed, content type declared, body valid against the response schema.
 */
public final class ResponseContract {

    /**
     * Answers that no operation of the spec describes, so that no contract applies: paths outside the API
     * (actuator probes, the /docs page, paths that do not exist) and methods a path does not offer (405).
     * Everything else reported is a violation.
     */
    static final Set<String> OUTSIDE_THE_CONTRACT = Set.of(
            "validation.response.path.missing",
            "validation.request.path.missing",
            "validation.response.operation.notAllowed",
            "validation.request.operation.notAllowed");

    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForSpecificationUrl(bundledSpec().toString())
            .build();

    private ResponseContract() {
    }

    /** Throws an AssertionError that names every way the answer breaks the spec. */
    public static void check(String method, String path, HttpResponse<String> response) {
        List<ValidationReport.Message> violations = violations(method, path, response.statusCode(),
                response.headers().map(), response.body());
        if (!violations.isEmpty()) {
            throw new AssertionError(method + " " + path + " answered " + response.statusCode()
                    + " against the spec:\n" + violations.stream()
                            .map(m -> "  " + m.getKey() + ": " + m.getMessage())
                            .collect(Collectors.joining("\n")));
        }
    }

    /**
     * As {@link #check(String, String, HttpResponse)} for an answer read as bytes: a PDF body (a binary
     * string in the spec) is checked byte for character, any other body as UTF-8 text.
     */
    public static void checkBinary(String method, String path, HttpResponse<byte[]> response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        String body = new String(response.body(), type.startsWith("application/pdf")
                ? java.nio.charset.StandardCharsets.ISO_8859_1 : java.nio.charset.StandardCharsets.UTF_8);
        List<ValidationReport.Message> violations = violations(method, path, response.statusCode(), response.headers().map(), body);
        if (!violations.isEmpty()) {
            throw new AssertionError(method + " " + path + " answered " + response.statusCode()
                    + " against the spec:\n" + violations.stream()
                            .map(m -> "  " + m.getKey() + ": " + m.getMessage())
                            .collect(Collectors.joining("\n")));
        }
    }

    static List<ValidationReport.Message> violations(String method, String path, int status,
            java.util.Map<String, List<String>> headers, String body) {
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(status);
        headers.forEach((name, values) -> answer.withHeader(name, values));
        if (body != null && !body.isEmpty()) {
            answer.withBody(body);
        }
        ValidationReport report = VALIDATOR.validateResponse(path,
                Request.Method.valueOf(method.toUpperCase(Locale.ROOT)), answer.build());
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .filter(m -> !OUTSIDE_THE_CONTRACT.contains(m.getKey()))
                .toList();
    }

    private static URL bundledSpec() {
        URL url = ResponseContract.class.getClassLoader().getResource("govforms/openapi.yaml");
        if (url == null) {
            throw new IllegalStateException("govforms/openapi.yaml is not on the test class path");
        }
        return url;
    }
}
