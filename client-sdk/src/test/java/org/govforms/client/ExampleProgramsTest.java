package org.govforms.client;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.govforms.client.examples.I589Example;
import org.govforms.model.I589Application;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's example programs run as written against the real server (on a random port). */
class ExampleProgramsTest {

    @Test
    void theI589ExampleStoresAndCorrectsAnApplication() throws Exception {
        try (ReferenceServer server = ReferenceServer.start()) {
            String url = server.url();
            String output = run(() -> withEnvironment(url, () -> I589Example.main(new String[0])));

            assertThat(output).contains("stored I-589 application", "corrected I-589 application")
                    .doesNotContain("local check", "rejected");
            GovFormsClient client = server.client();
            List<I589Application> all = new ArrayList<>();
            client.i589Applications().all().forEach(all::add);
            assertThat(all).singleElement().satisfies(a ->
                    assertThat(a.getApplicant().getOtherLanguagesSpokenFluently()).isEqualTo("English, Hausa"));
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"I914Example", "ProfessionalJudgmentExample", "ExternalAuditExample"})
    void everyFamilysExampleStoresReadsAndReplacesItsRecord(String program) throws Exception {
        try (ReferenceServer server = ReferenceServer.start()) {
            String url = server.url();
            var main = Class.forName("org.govforms.client.examples." + program).getMethod("main", String[].class);
            String output = run(() -> withEnvironment(url, () -> {
                try {
                    main.invoke(null, (Object) new String[0]);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }));

            assertThat(output).as(output).contains("stored ", "replaced ", "1 record(s) in this tenant")
                    .doesNotContain("local check", "rejected");
        }
    }

    /** The example programs read GOVFORMS_URL; a system property stands in for it here. */
    private static void withEnvironment(String url, Runnable program) {
        String previous = System.getProperty("govforms.url");
        System.setProperty("govforms.url", url);
        try {
            program.run();
        } finally {
            if (previous == null) {
                System.clearProperty("govforms.url");
            } else {
                System.setProperty("govforms.url", previous);
            }
        }
    }

    private static String run(Runnable program) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            program.run();
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
