package org.govforms.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.govforms.domain.SpecExamples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole I-589 through the server: names in any script kept byte for byte, every violation of a record
 * reported at once in pointer order, and Parts F, G and the office box refused from a client.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "govforms.tenants[0].id=development",
        "govforms.tenants[0].api-key-sha256[0]=93b554ee9dcac889196b87cc43bf864423f52598347f9f6634359f01b31045b1"})
class I589FullApplicationApiTest {

    private static final String APPLICATIONS = "/v1/i589-applications";
    private static final String VALIDATION = "/v1/validations/i589-application";

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port, Api.DEV_KEY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "መሮን ተስፋየ ሃይለ",          // Ge'ez (Tigrinya)
            "مريم أحمد الحسن",          // Arabic, right to left
            "𠮷田 花子 王小明",          // Han, with a character outside the Basic Multilingual Plane
            "Олена Петренко",           // Cyrillic
            "अनिता शर्मा",               // Devanagari, with combining vowel signs
            "Zoe\u0308 Mu\u0308ller"})  // Latin in decomposed form: never normalized
    void aNameInTheNativeAlphabetComesBackByteForByte(String name) {
        ObjectNode application = SpecExamples.example("I589Complete").copy();
        ((ObjectNode) application.get("declaration")).put("nameInNativeAlphabet", name);
        ((ObjectNode) application.get("applicant")).putArray("otherNamesUsed").add(name);
        ((ObjectNode) application.get("declaration").get("familyAssistants").get(0)).put("name", name);

        Api.Answer created = api.post(APPLICATIONS, bytes(application));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Api.Answer read = api.get(APPLICATIONS + "/" + created.json().path("id").asText());

        for (JsonNode stored : List.of(created.json(), read.json())) {
            assertThat(utf8(stored.path("declaration").path("nameInNativeAlphabet").asText())).isEqualTo(utf8(name));
            assertThat(utf8(stored.path("applicant").path("otherNamesUsed").get(0).asText())).isEqualTo(utf8(name));
            assertThat(utf8(stored.path("declaration").path("familyAssistants").get(0).path("name").asText())).isEqualTo(utf8(name));
        }
        ObjectNode withoutServerProperties = read.json().deepCopy();
        withoutServerProperties.remove(List.of("id", "createdAt", "updatedAt"));
        assertThat((JsonNode) withoutServerProperties).isEqualTo(application);
    }

    @Test
    void aMinimalApplicationCanBeReplacedByTheCompleteOne() {
        Api.Answer created = api.post(APPLICATIONS, SpecExamples.example("I589Minimal").json());
        String id = created.json().path("id").asText();

        Api.Answer replaced = api.put(APPLICATIONS + "/" + id, created.header("ETag"), SpecExamples.example("I589Complete").json());

        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        ObjectNode stored = api.get(APPLICATIONS + "/" + id).json().deepCopy();
        assertThat(stored).isEqualTo(replaced.json());
        stored.remove(List.of("id", "createdAt", "updatedAt"));
        assertThat((JsonNode) stored).isEqualTo(SpecExamples.example("I589Complete").value());
        assertThat(api.post(VALIDATION, SpecExamples.example("I589Complete").json()).json().path("violations")).isEmpty();
    }

    @Test
    void theValidationEndpointReportsEveryViolationOfEveryPartAtOnceInPointerOrder() {
        ObjectNode application = SpecExamples.example("I589InvalidChildren").copy();
        ((ObjectNode) application.get("background")).set("parentsAndSiblings",
                SpecExamples.example("I589InvalidBackground").value().path("background").path("parentsAndSiblings"));
        ((ObjectNode) application.get("claim")).putObject("pastHarm").put("answer", true);
        ((ObjectNode) application.get("declaration")).put("printedName", "Yonas Gebremedhin");

        Api.Answer answer = api.post(VALIDATION, bytes(application));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("valid").asBoolean()).isFalse();
        List<String> reported = new ArrayList<>();
        answer.json().path("violations").forEach(v -> reported.add(
                v.path("pointer").asText() + " " + v.path("formItem").asText() + " " + v.path("rule").asText()));
        assertThat(reported).containsExactly(
                "/background/parentsAndSiblings I-589:A.III.5 I-589:R.25",
                "/background/parentsAndSiblings/0/currentLocation I-589:A.III.5.location I-589:R.25",
                "/children/0/includedInApplication I-589:A.II.CHILD.21 I-589:R.20",
                "/children/1/currentStatus I-589:A.II.CHILD.18 I-589:R.19",
                "/children/4/location I-589:A.II.CHILD.13.location I-589:R.19",
                "/children/5/includedInApplication I-589:A.II.CHILD.21 I-589:R.20",
                "/claim/pastHarm/explanation I-589:B.1.A.explanation I-589:R.29",
                "/declaration/printedName I-589:D.name I-589:R.49",
                "/supplementA I-589-SA:HDR I-589:R.18",
                "/totalNumberOfChildren I-589:A.II.CH.total I-589:R.17");
        assertThat(reported).isSortedAccordingTo(Comparator.naturalOrder());

        Api.Answer rejected = api.post(APPLICATIONS, bytes(application));
        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.json().path("violations")).isEqualTo(answer.json().path("violations"));
    }

    @Test
    void partsFAndGAndTheOfficeBoxAreNeverAcceptedFromAClient() {
        ObjectNode application = SpecExamples.example("I589Complete").copy();
        application.set("asylumInterview", SpecExamples.spec().path("components").path("schemas")
                .path("I589AsylumInterview").path("example"));
        application.set("removalHearing", SpecExamples.spec().path("components").path("schemas")
                .path("I589RemovalHearing").path("example"));
        application.putObject("officeUse").put("asylumOfficerId", "AO-1042");

        Api.Answer answer = api.post(APPLICATIONS, bytes(application));

        assertThat(answer.status()).isEqualTo(400);
        List<String> reported = new ArrayList<>();
        answer.json().path("violations").forEach(v -> reported.add(v.path("pointer").asText() + " "
                + v.path("formItem").asText() + " " + v.path("rule").asText() + " " + v.path("code").asText()));
        assertThat(reported).containsExactly(
                "/asylumInterview I-589:F I-589:R.50 READ_ONLY_PROPERTY",
                "/officeUse I-589:OFFICE schema:readOnly READ_ONLY_PROPERTY",
                "/removalHearing I-589:G I-589:R.50 READ_ONLY_PROPERTY");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return SpecExamples.json().writeValueAsBytes(node);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
