package org.govforms.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.UUID;
import org.govforms.domain.SpecExamples;
import org.govforms.model.I589Application;
import org.govforms.model.I589ApplicationPage;
import org.govforms.model.ValidationReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SDK against the real reference server, started on a random port with its development key. */
class LiveServerRoundTripTest {

    private static ReferenceServer server;
    private static GovFormsClient client;

    @BeforeAll
    static void startServer() {
        server = ReferenceServer.start();
        client = server.client();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void theCompleteExampleRoundTripsUnchanged() throws Exception {
        SpecExamples.Example complete = SpecExamples.example("I589Complete");
        I589Application application = SpecExamples.json().readValue(complete.json(), I589Application.class);

        I589Application created = client.i589Applications().create(application);
        I589Application read = client.i589Applications().get(created.getId());

        assertThat(read).isEqualTo(created);
        ObjectNode tree = SpecExamples.json().valueToTree(read);
        tree.remove(List.of("id", "createdAt", "updatedAt"));
        assertThat((JsonNode) tree).isEqualTo(complete.value());
        assertThat(tree.path("applicant").path("lastName").asText()).isEqualTo("Haile");
    }

    @Test
    void namesInAnyScriptRoundTripUnchangedThroughTheSdk() throws Exception {
        List<String> names = List.of("መሮን ተስፋየ ሃይለ", "مريم أحمد الحسن", "𠮷田 花子 王小明", "Олена Петренко",
                "अनिता शर्मा", "Zoe\u0308 Mu\u0308ller");
        I589Application application = SpecExamples.json().readValue(
                SpecExamples.example("I589Complete").json(), I589Application.class);
        application.getApplicant().setOtherNamesUsed(new java.util.ArrayList<>(names));
        application.getDeclaration().setNameInNativeAlphabet(names.get(0));
        application.getDeclaration().getFamilyAssistants().get(0).setName(names.get(1));
        application.getSpouse().setOtherNamesUsed(new java.util.ArrayList<>(names.subList(2, 6)));

        I589Application read = client.i589Applications().get(client.i589Applications().create(application).getId());

        assertThat(read.getApplicant().getOtherNamesUsed()).containsExactlyElementsOf(names);
        assertThat(read.getDeclaration().getNameInNativeAlphabet().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(names.get(0).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(read.getDeclaration().getFamilyAssistants().get(0).getName()).isEqualTo(names.get(1));
        assertThat(read.getSpouse().getOtherNamesUsed()).containsExactlyElementsOf(names.subList(2, 6));
        assertThat(read.getSpouse().getOtherNamesUsed().get(3)).isNotEqualTo("Zo\u00eb M\u00fcller");
        ObjectNode tree = SpecExamples.json().valueToTree(read);
        tree.remove(List.of("id", "createdAt", "updatedAt"));
        assertThat((JsonNode) tree).isEqualTo(SpecExamples.json().valueToTree(application));
    }

    @Test
    void theServerReportsEveryViolationOfARecordAtOnceInPointerOrder() throws Exception {
        I589Application invalid = SpecExamples.json().readValue(
                SpecExamples.example("I589InvalidBackground").json(), I589Application.class);

        ValidationReport report = client.i589Applications().validate(invalid);

        assertThat(report.getValid()).isFalse();
        assertThat(report.getViolations()).hasSize(8)
                .extracting(v -> v.getPointer()).isSortedAccordingTo(java.util.Comparator.naturalOrder());
        assertThat(report.getViolations()).extracting(v -> v.getRule()).contains("I-589:R.21", "I-589:R.22",
                "I-589:R.24", "I-589:R.25", "I-589:R.27");
    }

    @Test
    void replaceListAndValidateWork() throws Exception {
        I589Application minimal = SpecExamples.json().readValue(
                SpecExamples.example("I589Minimal").json(), I589Application.class);
        UUID id = client.i589Applications().create(minimal).getId();

        minimal.getApplicant().setReligion("Anglican");
        assertThat(client.i589Applications().replace(id, minimal).getApplicant().getReligion()).isEqualTo("Anglican");

        I589ApplicationPage page = client.i589Applications().list(100, null);
        assertThat(page.getItems()).extracting(I589Application::getId).contains(id);

        I589Application invalid = SpecExamples.json().readValue(
                SpecExamples.example("I589InvalidTravelDocument").json(), I589Application.class);
        ValidationReport report = client.i589Applications().validate(invalid);
        assertThat(report.getValid()).isFalse();
        assertThat(report.getViolations()).isEqualTo(client.validator().validate(invalid));
    }

    @Test
    void theServersRejectionArrivesWithItsViolations() throws Exception {
        I589Application invalid = SpecExamples.json().readValue(
                SpecExamples.example("I589InvalidEntriesIntoUnitedStates").json(), I589Application.class);

        assertThatThrownBy(() -> client.i589Applications().create(invalid))
                .isInstanceOfSatisfying(GovFormsApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.violations()).extracting(v -> v.getRule())
                            .containsExactlyInAnyOrder("I-589:R.5", "I-589:R.6", "I-589:R.7");
                });
        assertThat(client.rules("I-589").getRules()).hasSize(56);
    }
}
