package org.govforms.client;

import java.util.List;
import org.govforms.domain.SpecExamples;
import org.govforms.model.I589Application;
import org.govforms.model.Violation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** client.validator() gives exactly the server's violations, for every example and invalid variant of the spec. */
class LocalValidationTest {

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

    static List<SpecExamples.Example> i589Examples() {
        return SpecExamples.examples("I589");
    }

    @ParameterizedTest
    @MethodSource("i589Examples")
    void localValidationEqualsTheServers(SpecExamples.Example example) {
        List<Violation> local = client.validator().read(example.json(), I589Application.class).violations();
        I589Application record = client.validator().read(example.json(), I589Application.class).record();
        if (record == null) {
            assertThat(local).as("what cannot even be read is one violation").hasSize(1);
            return;
        }

        List<Violation> remote = client.i589Applications().validate(record).getViolations();

        assertThat(local).isEqualTo(remote);
    }
}
