package org.govforms.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.govforms.domain.SpecExamples;
import org.govforms.model.I589Application;
import org.govforms.pdf.I589Pdf;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The stored application as the official form, and an application read from a filled form, over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "govforms.tenants[0].id=development",
        "govforms.tenants[0].api-key-sha256[0]=93b554ee9dcac889196b87cc43bf864423f52598347f9f6634359f01b31045b1",
        // sha-256 of "other-tenant-key"
        "govforms.tenants[1].id=other",
        "govforms.tenants[1].api-key-sha256[0]=27c05ce3f2f50102dce55afe0f1b96f1a354c6d2b80a6e54bbe4b3bc02b954de"})
class I589PdfApiTest {

    private static final String APPLICATIONS = "/v1/i589-applications";
    private static final String EXTRACTIONS = "/v1/pdf-extractions/i589-application";

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port, Api.DEV_KEY);
    }

    @Test
    void theStoredApplicationIsTheFilledOfficialFormWithItsETag() throws Exception {
        Api.Answer created = api.post(APPLICATIONS, SpecExamples.example("I589Complete").json());
        String id = created.json().path("id").asText();

        Api.FileAnswer pdf = api.getFile(APPLICATIONS + "/" + id + "/pdf", "application/pdf");

        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.header("ETag")).isEqualTo(created.header("ETag"));
        I589Application read = I589Pdf.read(pdf.body()).record();
        assertThat(read.getApplicant().getLastName()).isEqualTo("Haile");
        assertThat(read.getApplicant().getAlienRegistrationNumbers()).containsExactly("012345678");
    }

    @Test
    void anotherTenantsApplicationIsNotFoundAndNoKeyIsUnauthorized() {
        String id = api.post(APPLICATIONS, SpecExamples.example("I589Minimal").json()).json().path("id").asText();

        assertThat(new Api(port, "other-tenant-key").getFile(APPLICATIONS + "/" + id + "/pdf", null).status()).isEqualTo(404);
        assertThat(new Api(port, null).getFile(APPLICATIONS + "/" + id + "/pdf", null).status()).isEqualTo(401);
        assertThat(api.getFile(APPLICATIONS + "/7d9f3c52-8a0e-4d47-9a43-3c1e8b1f2a10/pdf", null).status()).isEqualTo(404);
    }

    @Test
    void aFilledFormIsReadBackWithItsViolationsAndNothingIsStored() {
        int before = allPages().size();
        byte[] pdf = I589Pdf.fill(application(SpecExamples.example("I589Minimal").value()));

        Api.Answer read = api.postFile(EXTRACTIONS, "application/pdf", pdf);

        assertThat(read.status()).isEqualTo(200);
        JsonNode application = read.json().path("application");
        assertThat(application.path("applicant").path("lastName").asText()).isEqualTo("Okafor");
        assertThat(application.path("applicant").path("dateOfBirth").asText()).isEqualTo("2001-11-30");
        assertThat(read.json().path("valid").asBoolean()).isFalse();
        List<String> pointers = new ArrayList<>();
        read.json().path("violations").forEach(v -> pointers.add(v.path("pointer").asText()));
        assertThat(pointers).containsExactly("/declaration/signature");
        assertThat(allPages()).hasSize(before);
    }

    @Test
    void aPdfThatIsNoI589IsABadRequestAndJsonIsAnUnsupportedMediaType() {
        Api.Answer notAForm = api.postFile(EXTRACTIONS, "application/pdf", "%PDF-1.7 not a form".getBytes());
        assertThat(notAForm.status()).isEqualTo(400);
        assertThat(notAForm.contentType()).isEqualTo("application/problem+json");
        assertThat(notAForm.json().path("type").asText()).endsWith("unreadable-form");

        Api.Answer json = api.postFile(EXTRACTIONS, "application/json", SpecExamples.example("I589Minimal").json());
        assertThat(json.status()).isEqualTo(415);
        assertThat(json.json().path("detail").asText()).contains("application/pdf");
    }

    @Test
    void aFormOverTheBodyLimitIsTooLarge() {
        Api.Answer tooLarge = api.postFile(EXTRACTIONS, "application/pdf", new byte[2 * 1024 * 1024 + 1]);
        assertThat(tooLarge.status()).isEqualTo(413);
    }

    private static I589Application application(JsonNode json) {
        try {
            return SpecExamples.json().treeToValue(json, I589Application.class);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private List<String> allPages() {
        List<String> ids = new ArrayList<>();
        api.get(APPLICATIONS + "?pageSize=100").json().path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }
}
