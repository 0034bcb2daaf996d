package org.govforms.client;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.UUID;
import org.govforms.domain.SpecExamples;
import org.govforms.model.I589Application;
import org.govforms.model.Violation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class GovFormsClientWireMockTest {

    private static final String KEY = "test-key-123";

    @RegisterExtension
    static final WireMockExtension server = Stubs.server();

    private GovFormsClient client;

    @BeforeEach
    void connect() {
        client = GovFormsClient.builder().baseUrl(server.baseUrl()).apiKey(KEY).build();
    }

    @Test
    void aCreateSendsTheRecordWithTheKeyAndDecodesTheStoredOne() throws Exception {
        SpecExamples.Example minimal = SpecExamples.example("I589Minimal");
        String stored = new String(minimal.json()).replaceFirst("\\{", "{\"id\":\"7d9f3c52-8a0e-4d47-9a43-3c1e8b1f2a10\",");
        server.stubFor(post("/v1/i589-applications").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(stored)));

        I589Application created = client.i589Applications().create(
                SpecExamples.json().readValue(minimal.json(), I589Application.class));

        assertThat(created.getId()).isEqualTo(UUID.fromString("7d9f3c52-8a0e-4d47-9a43-3c1e8b1f2a10"));
        assertThat(created.getApplicant().getLastName()).isEqualTo("Okafor");
        server.verify(postRequestedFor(urlEqualTo("/v1/i589-applications"))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withHeader("Content-Type", equalTo("application/json"))
                .withHeader("Idempotency-Key", matching("[0-9a-f-]{36}"))
                .withRequestBody(equalToJson(new String(minimal.json()))));
    }

    @Test
    void a400DeliversTheViolations() throws Exception {
        server.stubFor(post("/v1/i589-applications").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"type":"urn:govforms:problem:invalid-record","title":"The record breaks the rules of its form",
                         "status":400,"detail":"1 violation","instance":"/v1/i589-applications",
                         "violations":[{"pointer":"/applicant/dateOfBirth","formItem":"I-589:A.I.12","rule":"I-589:R.52",
                                        "severity":"error","code":"DATE_IN_FUTURE","message":"This date cannot be in the future."}]}
                        """)));
        I589Application application = SpecExamples.json().readValue(
                SpecExamples.example("I589Minimal").json(), I589Application.class);

        GovFormsApiException error = catchThrowableOfType(GovFormsApiException.class,
                () -> client.i589Applications().create(application));

        assertThat(error.status()).isEqualTo(400);
        assertThat(error.violations()).singleElement().satisfies(v -> {
            assertThat(v.getPointer()).isEqualTo("/applicant/dateOfBirth");
            assertThat(v.getFormItem()).isEqualTo("I-589:A.I.12");
            assertThat(v.getRule()).isEqualTo("I-589:R.52");
            assertThat(v.getSeverity()).isEqualTo(Violation.SeverityEnum.ERROR);
        });
        assertThat(error.getMessage()).contains("DATE_IN_FUTURE", "/applicant/dateOfBirth").doesNotContain("2001");
    }

    @Test
    void a401And404ArriveAsTypedErrorsWithTheirProblem() {
        server.stubFor(get("/v1/rules").willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"urn:govforms:problem:unauthorized\",\"title\":\"An API key is required\",\"status\":401}")));
        server.stubFor(get("/v1/i589-applications/7d9f3c52-8a0e-4d47-9a43-3c1e8b1f2a10").willReturn(aResponse()
                .withStatus(404).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"urn:govforms:problem:not-found\",\"title\":\"No such record\",\"status\":404}")));

        assertThatThrownBy(() -> client.rules(null))
                .isInstanceOfSatisfying(GovFormsApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.problem().getType()).isEqualTo("urn:govforms:problem:unauthorized");
                });
        assertThatThrownBy(() -> client.i589Applications().get(UUID.fromString("7d9f3c52-8a0e-4d47-9a43-3c1e8b1f2a10")))
                .isInstanceOfSatisfying(GovFormsApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.violations()).isEmpty();
                });
    }

    @Test
    void anErrorWithoutAProblemBodyStillArrivesTyped() {
        server.stubFor(get("/v1/rules").willReturn(aResponse().withStatus(502).withBody("<html>bad gateway</html>")));

        assertThatThrownBy(() -> client.rules(null))
                .isInstanceOfSatisfying(GovFormsApiException.class, e -> assertThat(e.status()).isEqualTo(502));
    }
}
