package org.govforms.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.UUID;
import org.govforms.domain.SpecExamples;
import org.govforms.model.I589Application;
import org.govforms.model.I589ApplicationPage;
import org.govforms.model.ValidationReport;
import org.govforms.server.GovFormsServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SDK against the real reference server, started on a random port with its development key. */
class LiveServerRoundTripTest {

    private static ConfigurableApplicationContext server;
    private static GovFormsClient client;

    @BeforeAll
    static void startServer() {
        server = new SpringApplicationBuilder(GovFormsServer.class).run("--server.port=0");
        String port = server.getEnvironment().getProperty("local.server.port");
        client = GovFormsClient.builder().baseUrl("http://localhost:" + port).apiKey("govforms-dev-key").build();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void theCompletePartAIExampleRoundTripsUnchanged() throws Exception {
        SpecExamples.Example complete = SpecExamples.example("I589CompletePartAI");
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
    void replaceListAndValidateWork() throws Exception {
        I589Application minimal = SpecExamples.json().readValue(
                SpecExamples.example("I589MinimalPartAI").json(), I589Application.class);
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
