package org.govforms.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * The server as its own process, on its own configuration. Crash safety: concurrent clients create records; the
 * process is killed hard (SIGKILL) in the middle of the load and started again on the same data: every
 * record that had been acknowledged with 201 is there, unchanged. Also graceful shutdown and JSON logs.
 */
class ServerProcessTest {

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
                        ObjectNode record = SpecExamples.example("I589Minimal").copy();
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

    @Test
    void onSigtermTheServerFinishesTheRequestInFlightThenStops() throws Exception {
        int port = freePort();
        Process server = start(port);
        try {
            awaitReady(port);
            byte[] body = SpecExamples.example("I589Minimal").json();
            try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
                socket.setSoTimeout(60_000);
                var out = socket.getOutputStream();
                out.write(("POST /v1/i589-applications HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                        + Api.DEV_KEY + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                        + "\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                out.write(body, 0, body.length - 10);
                out.flush();
                Thread.sleep(1000);

                server.destroy();
                Thread.sleep(1000);
                assertThat(server.isAlive()).as("waits for the request in flight").isTrue();
                out.write(body, body.length - 10, 10);
                out.flush();

                String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                assertThat(answer).startsWith("HTTP/1.1 201");
            }
            assertThat(server.waitFor(60, TimeUnit.SECONDS)).as("stops once the request is answered").isTrue();
        } finally {
            server.destroyForcibly();
        }
    }

    @Test
    void sigtermUnderLoadOnTheEmbeddedDatabaseAnswersEveryRequestInFlightAndKeepsEveryRecord() throws Exception {
        int port = freePort();
        Map<String, JsonNode> acknowledged = new ConcurrentHashMap<>();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        AtomicBoolean loading = new AtomicBoolean(true);
        AtomicInteger sent = new AtomicInteger();

        Process server = start(port);
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            awaitReady(port);
            for (int c = 0; c < 8; c++) {
                clients.submit(() -> {
                    // a kept-alive connection per client, and no contract check: every status counts here
                    HttpClient http = HttpClient.newHttpClient();
                    while (loading.get()) {
                        ObjectNode record = SpecExamples.example("I589Minimal").copy();
                        ((ObjectNode) record.get("applicant")).putArray("otherNamesUsed").add("Writer " + sent.incrementAndGet());
                        try {
                            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                                            URI.create("http://localhost:" + port + "/v1/i589-applications"))
                                    .header("Authorization", "Bearer " + Api.DEV_KEY).header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofByteArray(SpecExamples.json().writeValueAsBytes(record)))
                                    .build(), HttpResponse.BodyHandlers.ofString());
                            statuses.computeIfAbsent(answer.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                            if (answer.statusCode() == 201) {
                                JsonNode stored = SpecExamples.json().readTree(answer.body());
                                acknowledged.put(stored.path("id").asText(), stored);
                            }
                        } catch (IOException connectionClosed) {
                            // the server stopped taking connections
                        }
                    }
                    return null;
                });
            }
            Instant until = Instant.now().plus(Duration.ofSeconds(60));
            while (acknowledged.size() < 40 && Instant.now().isBefore(until)) {
                Thread.sleep(20);
            }
            server.destroy();
            assertThat(server.waitFor(60, TimeUnit.SECONDS)).as("stops within its grace period").isTrue();
        } finally {
            loading.set(false);
            clients.shutdown();
            clients.awaitTermination(30, TimeUnit.SECONDS);
            server.destroyForcibly();
        }
        assertThat(statuses.keySet()).as("answers during the load and the shutdown").containsAnyOf(201)
                .allMatch(status -> status == 201 || status == 503);
        assertThat(Files.readString(lastLog)).doesNotContain("exclusive mode").doesNotContain("\"ERROR\"");

        Process restarted = start(port);
        try {
            awaitReady(port);
            Api api = new Api(port, Api.DEV_KEY);
            for (Map.Entry<String, JsonNode> record : acknowledged.entrySet()) {
                assertThat(api.get("/v1/i589-applications/" + record.getKey()).json()).isEqualTo(record.getValue());
            }
        } finally {
            restarted.destroy();
            restarted.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void theServerLogsStructuredJson() throws Exception {
        int port = freePort();
        Process server = start(port);
        try {
            awaitReady(port);
            new Api(port, Api.DEV_KEY).get("/v1/i589-applications");
        } finally {
            server.destroy();
            server.waitFor(60, TimeUnit.SECONDS);
        }
        List<String> lines = Files.readAllLines(lastLog);
        assertThat(lines).isNotEmpty();
        for (String line : lines) {
            JsonNode entry = SpecExamples.json().readTree(line);
            assertThat(entry.has("@timestamp") && entry.has("message") && entry.path("log").has("level")).as(line).isTrue();
        }
        assertThat(lines).anyMatch(line -> line.contains("GET /v1/i589-applications 200"));
    }

    private Path lastLog;

    private Process start(int port) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // the server's own configuration (not the tests' in-memory one), on a data folder of the test's
        return new ProcessBuilder(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                GovFormsServer.class.getName(), "--spring.config.location=classpath:/application.yaml",
                "--server.port=" + port, "--govforms.data-dir=" + data))
                .redirectErrorStream(true)
                .redirectOutput((lastLog = logFile()).toFile())
                .start();
    }

    /** The server's own log, kept where the scan for personal data in logs (PersonalDataInLogsIT) reads it. */
    private static Path logFile() throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "test-server-logs"));
        return folder.resolve("server-" + System.nanoTime() + ".log");
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
