package org.govforms.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.govforms.domain.SpecExamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server runs as its own process on the embedded database; concurrent clients create records; the
 * process is killed hard (SIGKILL) in the middle of the load and started again on the same data: every
 * record that had been acknowledged with 201 is there, unchanged.
 */
class CrashSafetyTest {

    @TempDir
    Path data;

    @Test
    void everyAcknowledgedRecordSurvivesAHardKill() throws Exception {
        int port = freePort();
        Map<String, JsonNode> acknowledged = new ConcurrentHashMap<>();
        AtomicBoolean loading = new AtomicBoolean(true);
        AtomicInteger sent = new AtomicInteger();

        Process server = start(port);
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            awaitReady(port);
            Api api = new Api(port, Api.DEV_KEY);
            for (int c = 0; c < 4; c++) {
                clients.submit(() -> {
                    while (loading.get()) {
                        ObjectNode record = SpecExamples.example("I589MinimalPartAI").copy();
                        ((ObjectNode) record.get("applicant")).putArray("otherNamesUsed").add("Writer " + sent.incrementAndGet());
                        try {
                            Api.Answer answer = api.post("/v1/i589-applications", SpecExamples.json().writeValueAsBytes(record));
                            if (answer.status() == 201) {
                                acknowledged.put(answer.json().path("id").asText(), answer.json());
                            }
                        } catch (RuntimeException | IOException connectionLost) {
                            // not acknowledged: the server may have died while it was being served
                        }
                    }
                    return null;
                });
            }
            Instant until = Instant.now().plus(Duration.ofSeconds(60));
            while (acknowledged.size() < 40 && Instant.now().isBefore(until)) {
                Thread.sleep(50);
            }
            server.destroyForcibly();
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            loading.set(false);
            clients.shutdown();
            clients.awaitTermination(30, TimeUnit.SECONDS);
            server.destroyForcibly();
        }
        assertThat(server.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(40);

        Process restarted = start(port);
        try {
            awaitReady(port);
            Api api = new Api(port, Api.DEV_KEY);
            for (Map.Entry<String, JsonNode> record : acknowledged.entrySet()) {
                Api.Answer read = api.get("/v1/i589-applications/" + record.getKey());
                assertThat(read.status()).as(record.getKey()).isEqualTo(200);
                assertThat(read.json()).isEqualTo(record.getValue());
            }
        } finally {
            restarted.destroy();
            restarted.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private Process start(int port) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // the server's own configuration (not the tests' in-memory one), on a data folder of the test's
        return new ProcessBuilder(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                GovFormsServer.class.getName(), "--spring.config.location=classpath:/application.yaml",
                "--server.port=" + port, "--govforms.data-dir=" + data))
                .redirectErrorStream(true)
                .redirectOutput(logFile())
                .start();
    }

    /** The server's own log, kept where the scan for personal data in logs (PersonalDataInLogsIT) reads it. */
    private static File logFile() throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "test-server-logs"));
        return folder.resolve("crash-safety-" + Instant.now().toEpochMilli() + ".log").toFile();
    }

    private static void awaitReady(int port) throws InterruptedException {
        Api anonymous = new Api(port, null);
        Instant until = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(until)) {
            try {
                if (anonymous.get("/actuator/health/readiness").status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the server did not become ready");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

}
