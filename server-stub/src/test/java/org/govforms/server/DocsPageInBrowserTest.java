package org.govforms.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The interactive reference at /docs, rendered by a real headless browser: it lists the operations of
 * every family. Needs Debian's chromium (.ci/run installs it); without a browser the test is skipped.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DocsPageInBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void theDocsPageListsTheOperationsOfEveryFamily() throws Exception {
        Path chromium = browser();
        Assumptions.assumeTrue(chromium != null,
                "No headless browser: install Debian's chromium (apt-get install chromium) to run this test.");
        Path profile = Files.createTempDirectory("govforms-chromium");

        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--virtual-time-budget=15000", "--dump-dom",
                "http://localhost:" + port + "/docs"));
        Process browser = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String dom = new String(browser.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(browser.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(dom).contains("GovForms API");
        for (String operation : operationsOfTheSpec()) {
            assertThat(dom).as("the docs page lists " + operation).contains(operation);
        }
    }

    /** Every path of the bundled spec; each must appear on the rendered page. */
    private static List<String> operationsOfTheSpec() {
        List<String> paths = new ArrayList<>();
        org.govforms.domain.SpecExamples.spec().path("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).isNotEmpty();
        return paths;
    }

    private static Path browser() throws IOException {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            Path path = Path.of(candidate);
            if (Files.isExecutable(path)) {
                return path;
            }
        }
        return null;
    }
}
