package org.govforms.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.govforms.domain.SpecExamples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "govforms.tenants[0].id=development",
        "govforms.tenants[0].api-key-sha256[0]=93b554ee9dcac889196b87cc43bf864423f52598347f9f6634359f01b31045b1",
        // sha-256 of "other-tenant-key"
        "govforms.tenants[1].id=other",
        "govforms.tenants[1].api-key-sha256[0]=27c05ce3f2f50102dce55afe0f1b96f1a354c6d2b80a6e54bbe4b3bc02b954de"})
class I589ApplicationsApiTest {

    private static final String APPLICATIONS = "/v1/i589-applications";

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port, Api.DEV_KEY);
    }

    @Test
    void theCompleteApplicationIsStoredReadAndListedUnchanged() {
        SpecExamples.Example complete = SpecExamples.example("I589Complete");

        Api.Answer created = api.post(APPLICATIONS, complete.json());

        assertThat(created.status()).isEqualTo(201);
        JsonNode stored = created.json();
        String id = stored.path("id").asText();
        assertThat(created.header("Location")).isEqualTo(APPLICATIONS + "/" + id);
        assertThat(stored.path("createdAt").asText()).isNotBlank();
        assertThat(withoutServerProperties(stored)).isEqualTo(complete.value());

        Api.Answer read = api.get(APPLICATIONS + "/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(stored);

        assertThat(allPages(api)).contains(id);
    }

    @Test
    void aReplacementKeepsTheIdAndCreationTime() {
        JsonNode stored = api.post(APPLICATIONS, SpecExamples.example("I589Minimal").json()).json();
        ObjectNode corrected = SpecExamples.example("I589Minimal").copy();
        ((ObjectNode) corrected.get("applicant")).put("religion", "Anglican");

        Api.Answer created = api.get(APPLICATIONS + "/" + stored.path("id").asText());
        Api.Answer replaced = api.put(APPLICATIONS + "/" + stored.path("id").asText(), created.header("ETag"), bytes(corrected));

        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.json().path("applicant").path("religion").asText()).isEqualTo("Anglican");
        assertThat(replaced.json().path("id")).isEqualTo(stored.path("id"));
        assertThat(replaced.json().path("createdAt")).isEqualTo(stored.path("createdAt"));
        assertThat(api.get(APPLICATIONS + "/" + stored.path("id").asText()).json()).isEqualTo(replaced.json());
    }

    @Test
    void anInvalidANumberAndAFutureBirthDateAreRejectedWithBothPlacesAndNothingIsStored() {
        int before = allPages(api).size();

        Api.Answer answer = api.post(APPLICATIONS, SpecExamples.example("I589InvalidANumberAndFutureBirthDate").json());

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        List<String> violations = new ArrayList<>();
        answer.json().path("violations").forEach(v -> violations.add(
                v.path("pointer").asText() + " " + v.path("formItem").asText() + " " + v.path("rule").asText()));
        assertThat(violations).containsExactly(
                "/applicant/alienRegistrationNumbers/0 I-589:A.I.1 schema:pattern",
                "/applicant/dateOfBirth I-589:A.I.12 I-589:R.52");
        assertThat(answer.body()).doesNotContain("12345678\"", "2099-11-30");
        assertThat(allPages(api)).hasSize(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", "\u200F", "\u200B", "\u00A0\u200E", "\uFEFF"})
    void anInvisibleNativeAlphabetNameIsNotGiven(String invisible) {
        ObjectNode application = SpecExamples.example("I589Complete").copy();
        ((ObjectNode) application.get("declaration")).put("nameInNativeAlphabet", invisible);

        Api.Answer refused = api.post(APPLICATIONS, application.toString());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("violations")).singleElement().satisfies(violation -> {
            assertThat(violation.path("pointer").asText()).isEqualTo("/declaration/nameInNativeAlphabet");
            assertThat(violation.path("formItem").asText()).isEqualTo("I-589:D.native_name");
            assertThat(violation.path("rule").asText()).isEqualTo("schema:visibleText");
            assertThat(violation.path("code").asText()).isEqualTo("NO_VISIBLE_TEXT");
        });
        assertThat(api.post("/v1/validations/i589-application", application.toString()).json().path("valid").asBoolean()).isFalse();
    }

    @Test
    void warningsComeBackWithTheStoredRecord() {
        Api.Answer answer = api.post(APPLICATIONS, SpecExamples.example("I589PoBoxResidence").json());

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.json().path("warnings")).singleElement().satisfies(w -> {
            assertThat(w.path("rule").asText()).isEqualTo("I-589:R.1");
            assertThat(w.path("severity").asText()).isEqualTo("warning");
        });
    }

    static List<SpecExamples.Example> i589Examples() {
        return SpecExamples.examples("I589");
    }

    @ParameterizedTest
    @MethodSource("i589Examples")
    void theValidationEndpointReportsExactlyTheViolationsEachExampleDeclares(SpecExamples.Example example) {
        int before = allPages(api).size();

        Api.Answer answer = api.post("/v1/validations/i589-application", example.json());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("valid").asBoolean()).isEqualTo(!example.hasErrors());
        List<SpecExamples.Expected> reported = new ArrayList<>();
        answer.json().path("violations").forEach(v -> reported.add(new SpecExamples.Expected(
                v.path("pointer").asText(), v.path("rule").asText(), v.path("severity").asText())));
        assertThat(reported).containsExactlyInAnyOrderElementsOf(example.expected());
        assertThat(allPages(api)).hasSize(before);
    }

    @Test
    void badInputIsAClearProblemAndNeverAServerError() {
        String minimal = new String(SpecExamples.example("I589Minimal").json());
        expectViolation(api.post(APPLICATIONS, "{\"formEdition\": "), "", "MALFORMED_JSON");
        expectViolation(api.post(APPLICATIONS, "[]"), "", "NOT_AN_OBJECT");
        expectViolation(api.post(APPLICATIONS, minimal.replace("\"fluentInEnglish\":true", "\"fluentInEnglish\":\"yes\"")),
                "/applicant/fluentInEnglish", "WRONG_TYPE");
        expectViolation(api.post(APPLICATIONS, minimal.replace("{\"formEdition\"", "{\"ssn\":\"123456789\",\"formEdition\"")),
                "/ssn", "UNKNOWN_PROPERTY");
        expectViolation(api.post(APPLICATIONS, minimal.replace("{\"formEdition\"", "{\"id\":\"7d9f3c52-8a0e-4d47-9a43-3c1e8b1f2a10\",\"formEdition\"")),
                "/id", "READ_ONLY_PROPERTY");
        expectViolation(api.post(APPLICATIONS, minimal.replace("\"01/20/25\"", "\"04/01/99\"")), "/formEdition", "NOT_ALLOWED_VALUE");
        expectViolation(api.post(APPLICATIONS, "{\"a\":".repeat(100) + "1" + "}".repeat(100)), "", "TOO_DEEPLY_NESTED");

        expectProblem(api.send("POST", APPLICATIONS, "application/json", null), 400);
        expectProblem(api.send("POST", APPLICATIONS, "text/plain", minimal), 415);
        expectProblem(api.send("DELETE", APPLICATIONS, null, null), 405);
        expectProblem(api.get(APPLICATIONS + "/not-a-uuid"), 400);
        expectProblem(api.get(APPLICATIONS + "/1-1-1-1-1"), 400);
        expectProblem(api.get(APPLICATIONS + "/7d9f3c52-8a0e-4d47-9a43-3c1e8b1f2a10%0A"), 400);
        expectProblem(api.get(APPLICATIONS + "/7D9F3C52-8A0E-4D47-9A43-3C1E8B1F2A10"), 404);
        expectProblem(api.get(APPLICATIONS + "?pageSize=0"), 400);
        expectProblem(api.get("/v1/rules?family=" + "I".repeat(21)), 400);
        expectProblem(api.get(APPLICATIONS + "?pageSize=many"), 400);
        expectProblem(api.get(APPLICATIONS + "?pageToken=not-a-token!"), 400);
        expectProblem(api.get(APPLICATIONS + "/7d9f3c52-8a0e-4d47-9a43-3c1e8b1f2a10"), 404);
        expectProblem(api.put(APPLICATIONS + "/7d9f3c52-8a0e-4d47-9a43-3c1e8b1f2a10", "\"1\"", minimal.getBytes()), 404);
        expectProblem(api.get("/v1/no-such-records"), 404);
        assertThat(api.post("/v1/benchmark/echo", minimal).status())
                .as("the benchmark profile's echo endpoint is absent in normal runs").isIn(404, 405);
    }

    @Test
    void everyOperationNeedsAKnownApiKey() {
        for (Api caller : List.of(new Api(port, null), new Api(port, "not-a-key"))) {
            for (Api.Answer answer : List.of(caller.get(APPLICATIONS), caller.get("/v1/rules"),
                    caller.post(APPLICATIONS, SpecExamples.example("I589Minimal").json()),
                    caller.post("/v1/validations/i589-application", SpecExamples.example("I589Minimal").json()))) {
                expectProblem(answer, 401);
                assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer");
            }
        }
    }

    @Test
    void aTenantNeverSeesAnotherTenantsRecords() {
        String id = api.post(APPLICATIONS, SpecExamples.example("I589Minimal").json()).json().path("id").asText();
        Api other = new Api(port, "other-tenant-key");

        expectProblem(other.get(APPLICATIONS + "/" + id), 404);
        expectProblem(other.put(APPLICATIONS + "/" + id, "\"1\"", SpecExamples.example("I589Minimal").json()), 404);
        assertThat(allPages(other)).doesNotContain(id);
    }

    @Test
    void pagesFollowOneAnotherWithoutGapsOrRepeats() {
        for (int i = 0; i < 5; i++) {
            assertThat(api.post(APPLICATIONS, SpecExamples.example("I589Minimal").json()).status()).isEqualTo(201);
        }
        List<String> oneByOne = new ArrayList<>();
        String token = null;
        do {
            JsonNode page = api.get(APPLICATIONS + "?pageSize=2" + (token == null ? "" : "&pageToken=" + token)).json();
            assertThat(page.path("items").size()).isLessThanOrEqualTo(2);
            page.path("items").forEach(item -> oneByOne.add(item.path("id").asText()));
            token = page.path("nextPageToken").isMissingNode() ? null : page.path("nextPageToken").asText();
        } while (token != null);
        assertThat(oneByOne).doesNotHaveDuplicates().containsExactlyElementsOf(allPages(api));
    }

    @Test
    void theRuleCatalogueTheSpecificationAndTheDocsPageAreServed() {
        JsonNode rules = api.get("/v1/rules?family=I-589").json().path("rules");
        assertThat(rules.size()).isEqualTo(56);
        assertThat(api.get("/v1/rules").json().path("rules").size()).isGreaterThan(56);

        Api anonymous = new Api(port, null);
        Api.Answer spec = anonymous.get("/openapi.yaml");
        assertThat(spec.status()).isEqualTo(200);
        assertThat(spec.body()).contains("openapi: \"3.0.3\"", "/v1/i589-applications");
        Api.Answer json = anonymous.get("/openapi.json");
        assertThat(json.contentType()).startsWith("application/json");
        assertThat(json.json().path("paths").has("/v1/i589-applications")).isTrue();
        Api.Answer docs = anonymous.get("/docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("swagger-ui", "/openapi.yaml");
        assertThat(anonymous.get("/webjars/swagger-ui/swagger-ui-bundle.js").status()).isEqualTo(200);
    }

    private static void expectViolation(Api.Answer answer, String pointer, String code) {
        expectProblem(answer, 400);
        assertThat(answer.json().path("violations")).as(answer.body()).singleElement().satisfies(v -> {
            assertThat(v.path("pointer").asText()).isEqualTo(pointer);
            assertThat(v.path("code").asText()).isEqualTo(code);
        });
    }

    private static void expectProblem(Api.Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.json().path("status").asInt()).isEqualTo(status);
        assertThat(answer.json().path("type").asText()).startsWith("urn:govforms:problem:");
        assertThat(answer.json().path("detail").asText()).isNotBlank();
    }

    private static List<String> allPages(Api api) {
        List<String> ids = new ArrayList<>();
        String token = null;
        do {
            JsonNode page = api.get(APPLICATIONS + "?pageSize=100" + (token == null ? "" : "&pageToken=" + token)).json();
            page.path("items").forEach(item -> ids.add(item.path("id").asText()));
            token = page.path("nextPageToken").isMissingNode() ? null : page.path("nextPageToken").asText();
        } while (token != null);
        return ids;
    }

    private static JsonNode withoutServerProperties(JsonNode stored) {
        ObjectNode copy = stored.deepCopy();
        copy.remove(List.of("id", "createdAt", "updatedAt", "warnings"));
        return copy;
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return SpecExamples.json().writeValueAsBytes(node);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
