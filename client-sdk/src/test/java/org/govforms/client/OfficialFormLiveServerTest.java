package org.govforms.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.govforms.domain.SpecExamples;
import org.govforms.model.I589Application;
import org.govforms.model.Violation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The official I-589 through the SDK: a stored application as PDF, and a filled PDF read back. */
class OfficialFormLiveServerTest {

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
    void aStoredApplicationComesAsTheFilledFormAndReadsBack() throws Exception {
        I589Application application = SpecExamples.json().readValue(
                SpecExamples.example("I589Complete").json(), I589Application.class);
        I589Application stored = client.i589Applications().create(application);

        byte[] pdf = client.i589Applications().pdf(stored.getId());

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        PdfExtractions.Extraction<I589Application> read = client.pdfExtractions().i589Application(pdf);
        assertThat(read.record().getApplicant().getLastName()).isEqualTo("Haile");
        assertThat(read.record().getChildren()).hasSize(6);
        assertThat(read.record().getDeclaration().getNameInNativeAlphabet()).isEqualTo("መሮን ተስፋየ ሃይለ");
        assertThat(read.valid()).isFalse();
        assertThat(read.violations()).extracting(Violation::getCode).containsOnly("REQUIRED");
    }

    @Test
    void aPdfThatIsNoI589IsRefused() {
        assertThatThrownBy(() -> client.pdfExtractions().i589Application("%PDF-1.7 nothing".getBytes()))
                .isInstanceOfSatisfying(GovFormsApiException.class, e -> assertThat(e.status()).isEqualTo(400));
    }
}
