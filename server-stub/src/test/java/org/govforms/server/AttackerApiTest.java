package org.govforms.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.govforms.domain.SpecExamples;
import org.govforms.server.fuzz.SpecOperations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server as an attacker meets it: paths spelled to slip past the key check, bodies built to exhaust it,
 * personal values put where none belongs, requests Tomcat itself cannot parse. Every one gets a quick 4xx
 * problem, and no seeded personal value comes back in an answer or reaches a log line.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "govforms.tenants[0].id=development",
        "govforms.tenants[0].api-key-sha256[0]=93b554ee9dcac889196b87cc43bf864423f52598347f9f6634359f01b31045b1",
        "govforms.tenants[1].id=other",
        "govforms.tenants[1].api-key-sha256[0]=27c05ce3f2f50102dce55afe0f1b96f1a354c6d2b80a6e54bbe4b3bc02b954de"})
@ExtendWith(OutputCaptureExtension.class)
class AttackerApiTest {

    private static final String OTHER_KEY = "other-tenant-key";
    private static final List<SpecOperations.Operation> OPERATIONS = SpecOperations.of(SpecExamples.spec()).all();

    @LocalServerPort
    int port;

    static Stream<String> oddSpellings() {
        return Stream.of("/v1;x=y/rules", "/%76%31/rules", "/%76%31/validations/i589-application", "//v1/rules",
                "/v1//rules", "/v1/./rules", "/./v1/rules", "/v1/rules;jsessionid=0123ABC", "/v1%2Frules",
                "/v1%2frules", "/v1/%2e/rules", "/v1/%2E%2E/v1/rules", "/v1/rules/..;/rules", "/v1/x/../rules",
                "/v1;/validations/i589-application", "/v1/validations;x=y/i589-application",
                "/v1/validations/i589-application;jsessionid=1", "/v1/i589-applications/%2e%2e/..;/rules",
                "/v1\\rules", "/v1/rules%00", "/v1/rules%3B", "/V1/rules", "/v1/rules/", "/v1/./i589-applications");
    }

    @ParameterizedTest
    @MethodSource("oddSpellings")
    void noSpellingOfAPathReachesAHandlerWithoutAKey(String path) {
        byte[] body = SpecExamples.example("I589Minimal").json();
        for (String method : List.of("GET", "POST")) {
            RawHttp.Answer answer = RawHttp.send(port, method, path, null, method.equals("POST") ? body : null);
            assertThat(answer.status()).as(method + " " + path).isIn(400, 401);
            assertThat(answer.header("Content-Type")).as(method + " " + path).startsWith("application/problem+json");
        }
    }

    @ParameterizedTest
    @MethodSource("oddSpellings")
    void withAKeyAnOddSpellingIsRefusedOrServedAsItsPlainForm(String path) {
        RawHttp.Answer answer = RawHttp.send(port, "GET", path, Api.DEV_KEY, null);
        assertThat(answer.status()).as(path).isNotEqualTo(500).isBetween(200, 499);
        if (answer.status() >= 400) {
            assertThat(answer.header("Content-Type")).as(path).startsWith("application/problem+json");
        }
    }

    @Test
    void everyOperationOfTheSpecNeedsAKey() {
        for (SpecOperations.Operation operation : OPERATIONS) {
            String path = operation.path().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            byte[] body = operation.takesBody() ? SpecExamples.json().valueToTree(operation.bodyExamples().get(0)).toString()
                    .getBytes(StandardCharsets.UTF_8) : null;
            for (String key : new String[]{null, "not-a-key", ""}) {
                RawHttp.Answer answer = RawHttp.send(port, operation.method(), path, key, body);
                assertThat(answer.status()).as(operation.id()).isEqualTo(401);
                assertThat(answer.header("WWW-Authenticate")).as(operation.id()).startsWith("Bearer");
                assertThat(answer.header("RateLimit-Policy")).as(operation.id()).contains("\"unauthenticated\"");
            }
        }
    }

    @Test
    void whatTomcatCannotParseIsAProblemThatRepeatsNothing(CapturedOutput output) {
        List<byte[]> requests = List.of(
                ("GET /v1/i589-applications/" + SeededPersonalValues.SSN + "|{x} HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1),
                ("GET /v1/rules?q=" + SeededPersonalValues.SSN + "\u0001 HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1),
                ("G(T /v1/rules/" + SeededPersonalValues.A_NUMBER + " HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1),
                ("GET /v1/rules HTTP/1.1\r\nHost: localhost\r\nX-Case: " + SeededPersonalValues.NAME + "x".repeat(20_000)
                        + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1),
                ("GET /v1/rules HTTP/1.1\r\nHost: localhost\r\nBad Header: " + SeededPersonalValues.EMAIL + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        for (byte[] request : requests) {
            RawHttp.Answer answer = RawHttp.sendRaw(port, request, null);
            String what = new String(request, 0, 12, StandardCharsets.ISO_8859_1);
            assertThat(answer.status()).as(what).isBetween(400, 499);
            assertThat(answer.header("Content-Type")).as(what).startsWith("application/problem+json");
            assertThat(SeededPersonalValues.in(answer.body())).as(what).isEmpty();
        }
        assertThat(SeededPersonalValues.in(output.getAll())).isEmpty();
    }

    @Test
    void personalValuesInPathsNamesQueriesHeadersAndBodiesComeBackNowhere(CapturedOutput output) {
        HttpClient http = HttpClient.newHttpClient();
        List<String> leaks = new ArrayList<>();
        for (SpecOperations.Operation operation : OPERATIONS) {
            for (HttpRequest request : seeded(operation)) {
                HttpResponse<String> answer = send(http, request);
                assertThat(answer.statusCode()).as(operation.id() + " " + request.uri().getRawPath()).isLessThan(500);
                SeededPersonalValues.in(answer.body()).forEach(value -> leaks.add(operation.id() + " answered it"));
                SeededPersonalValues.in(answer.headers().map().toString()).forEach(value -> leaks.add(operation.id() + " header"));
            }
        }
        assertThat(leaks).isEmpty();
        assertThat(SeededPersonalValues.in(output.getAll())).as("log lines").isEmpty();
    }

    /** The operation with a seeded value in each place a client controls, each request invalid for it. */
    private List<HttpRequest> seeded(SpecOperations.Operation operation) {
        String path = operation.path().replaceAll("\\{[^}]+}", SeededPersonalValues.SSN);
        String knownPath = operation.path().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        String query = "?pageSize=" + SeededPersonalValues.A_NUMBER + "&pageToken=" + SeededPersonalValues.SSN
                + "&studentIdentifier=" + SeededPersonalValues.SSN + "&applicationId=" + SeededPersonalValues.A_NUMBER
                + "&" + SeededPersonalValues.EMAIL + "=" + SeededPersonalValues.DATE_OF_BIRTH;
        List<HttpRequest> requests = new ArrayList<>();
        if (!path.equals(operation.path())) {
            requests.add(request(operation.method(), path, null));
        }
        if (operation.method().equals("GET")) {
            requests.add(request("GET", knownPath + query, null));
        }
        if (operation.takesBody()) {
            ObjectNode valid = SpecExamples.json().valueToTree(operation.bodyExamples().get(0));
            ObjectNode namedWithAValue = valid.deepCopy();
            namedWithAValue.put(SeededPersonalValues.NAME, SeededPersonalValues.SSN);
            ObjectNode controlCharacter = valid.deepCopy();
            controlCharacter.put("formEdition", SeededPersonalValues.SSN + "\u0000");
            ObjectNode wrongType = valid.deepCopy();
            wrongType.put("formEdition", 671382954);
            for (String body : List.of(namedWithAValue.toString(), controlCharacter.toString(), wrongType.toString(),
                    "{\"" + SeededPersonalValues.EMAIL + "\": \"" + SeededPersonalValues.SSN,
                    "[\"" + SeededPersonalValues.NAME + "\"]")) {
                requests.add(request(operation.method(), knownPath, body));
            }
        }
        return requests;
    }

    private HttpRequest request(String method, String pathAndQuery, String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .header("Authorization", "Bearer " + Api.DEV_KEY)
                .header("X-Case-Name", SeededPersonalValues.NAME)
                .header("If-Match", "\"" + SeededPersonalValues.SSN + "\"")
                .header("Idempotency-Key", SeededPersonalValues.EMAIL + " " + SeededPersonalValues.DATE_OF_BIRTH);
        if (body == null) {
            return builder.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        return builder.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body)).build();
    }

    @Test
    void aListOverItsMaxItemsIsOneViolationAndItsEntriesAreNotChecked() throws Exception {
        ObjectNode application = SpecExamples.example("I589Minimal").copy();
        ArrayNode entries = ((ObjectNode) application.get("applicant")).putArray("entriesIntoUnitedStates");
        for (int i = 0; i < 500_000; i++) {
            entries.addObject();
        }
        Api.Answer answer = new Api(port, Api.DEV_KEY).post("/v1/i589-applications", SpecExamples.json().writeValueAsBytes(application));

        assertThat(answer.status()).isEqualTo(400);
        JsonNode violations = answer.json().path("violations");
        assertThat(violations).hasSize(1);
        assertThat(violations.get(0).path("pointer").asText()).isEqualTo("/applicant/entriesIntoUnitedStates");
        assertThat(violations.get(0).path("code").asText()).isEqualTo("TOO_MANY_ITEMS");
    }

    @Test
    void anAnswerListsAtMostAThousandViolationsAndSaysHowManyThereAre() throws Exception {
        ObjectNode audit = SpecExamples.example("AuditAnnouncementOnly").copy();
        ArrayNode requests = audit.putArray("informationRequests");
        for (int i = 0; i < 500; i++) {
            requests.addObject();
        }
        byte[] body = SpecExamples.json().writeValueAsBytes(audit);
        Api api = new Api(port, Api.DEV_KEY);

        Api.Answer refused = api.post("/v1/external-audits", body);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("violations")).hasSize(1000);
        assertThat(refused.json().path("detail").asText()).matches("\\d{4,} violations, of which the first 1000 are listed.*");
        Api.Answer report = api.post("/v1/validations/external-audit", body);
        assertThat(report.json().path("violations")).hasSize(1000);
    }

    @Test
    void eightWorstCaseBodiesAtOnceLeaveTheServerAnswering() throws Exception {
        List<WorstCase> bodies = worstCases();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long heapBefore = memory.getHeapMemoryUsage().getUsed();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest warmUp = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build();
        assertThat(http.send(warmUp, HttpResponse.BodyHandlers.discarding()).statusCode()).as("the probe's own start").isEqualTo(200);
        AtomicBoolean loading = new AtomicBoolean(true);
        List<Integer> healthStatuses = new java.util.concurrent.CopyOnWriteArrayList<>();
        CompletableFuture<Void> health = CompletableFuture.runAsync(() -> {
            while (loading.get()) {
                HttpRequest probe = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                        .timeout(Duration.ofSeconds(1)).build();
                try {
                    healthStatuses.add(http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode());
                } catch (Exception timedOut) {
                    healthStatuses.add(-1);
                }
            }
        });
        ExecutorService senders = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                for (int i = 0; i < 8; i++) {
                    WorstCase worst = bodies.get(i % bodies.size());
                    answers.add(senders.submit(() -> new Api(port, Api.DEV_KEY).post(worst.path(), worst.body()).status()));
                }
            }
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isIn(400, 413);
            }
        } finally {
            loading.set(false);
            senders.shutdown();
            health.get();
        }
        assertThat(healthStatuses).isNotEmpty().allMatch(status -> status == 200);
        System.gc();
        assertThat(memory.getHeapMemoryUsage().getUsed()).as("heap after the load, against before")
                .isLessThan(heapBefore + 256L * 1024 * 1024);
    }

    private record WorstCase(String path, byte[] body) {
        WorstCase(String path, String body) {
            this(path, body.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Bodies just under 2 MiB, each built to cost the most: entries, violations, nesting, one long text. */
    private static List<WorstCase> worstCases() {
        int limit = 2 * 1024 * 1024 - 64 * 1024;
        List<WorstCase> cases = new ArrayList<>();
        cases.add(new WorstCase("/v1/i589-applications", "{\"formEdition\":\"01/20/25\",\"applicant\":"
                + "{\"entriesIntoUnitedStates\":[" + "{},".repeat(limit / 3) + "{}]}}"));
        ObjectNode audit = SpecExamples.example("AuditAnnouncementOnly").copy();
        ArrayNode requests = audit.putArray("informationRequests");
        for (int i = 0; i < 500; i++) {
            requests.addObject().put("requestId", "-").put("dateReceived", "2020-02-30");
        }
        cases.add(new WorstCase("/v1/external-audits", audit.toString()));
        cases.add(new WorstCase("/v1/i589-applications", "[".repeat(limit)));
        ObjectNode longText = SpecExamples.example("I589Minimal").copy();
        ((ObjectNode) longText.get("applicant")).put("religion", "\u00e9".repeat(limit / 2));
        cases.add(new WorstCase("/v1/i589-applications", longText.toString()));
        return cases;
    }

    @Test
    void absurdNumbersAndControlCharactersAreRefusedAtTheirPointer() throws Exception {
        Api api = new Api(port, OTHER_KEY);
        int stored = api.get("/v1/i589-applications?pageSize=100").json().path("items").size();
        String record = SpecExamples.example("I589Minimal").copy().toString();
        for (String[] variant : new String[][]{
                {"\"religion\":\"Catholic\"", "\"religion\":\"Cath\\ud800olic\"", "/applicant/religion", "INVALID_CHARACTER"},
                {"\"religion\":\"Catholic\"", "\"religion\":\"Cath\\u0000olic\"", "/applicant/religion", "INVALID_CHARACTER"},
                {"\"religion\":\"Catholic\"", "\"religion\":\"Cath\\u001bolic\"", "/applicant/religion", "INVALID_CHARACTER"}}) {
            assertThat(record).contains(variant[0]);
            Api.Answer answer = api.post("/v1/i589-applications", record.replace(variant[0], variant[1]));
            assertThat(answer.status()).as(variant[1]).isEqualTo(400);
            assertThat(answer.json().at("/violations/0/pointer").asText()).isEqualTo(variant[2]);
            assertThat(answer.json().at("/violations/0/code").asText()).isEqualTo(variant[3]);
        }
        assertThat(api.get("/v1/i589-applications?pageSize=100").json().path("items")).as("nothing stored").hasSize(stored);
    }

    @Test
    void aPageTokenWorksOnlyForItsTenantAndOnlyAsGiven() throws Exception {
        Api development = new Api(port, Api.DEV_KEY);
        Api other = new Api(port, OTHER_KEY);
        for (int i = 0; i < 3; i++) {
            assertThat(development.post("/v1/i589-applications", SpecExamples.example("I589Minimal").json()).status()).isEqualTo(201);
        }
        String token = development.get("/v1/i589-applications?pageSize=1").json().path("nextPageToken").asText();
        assertThat(development.get("/v1/i589-applications?pageSize=1&pageToken=" + token).status()).isEqualTo(200);

        Api.Answer elsewhere = other.get("/v1/i589-applications?pageSize=1&pageToken=" + token);
        assertThat(elsewhere.status()).isEqualTo(400);
        assertThat(development.get("/v1/i914-applications?pageSize=1&pageToken=" + token).status())
                .as("another collection's token").isEqualTo(400);
        byte[] bytes = Base64.getUrlDecoder().decode(token);
        bytes[bytes.length / 2] ^= 1;
        String tampered = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        assertThat(development.get("/v1/i589-applications?pageSize=1&pageToken=" + tampered).status()).isEqualTo(400);

        for (int i = 0; i < 5; i++) {
            other.post("/v1/i589-applications", SpecExamples.example("I589Minimal").json());
        }
        String again = development.get("/v1/i589-applications?pageSize=1").json().path("nextPageToken").asText();
        assertThat(again).as("a token says nothing, not even the same position twice alike").isNotEqualTo(token);
        assertThat(development.get("/v1/i589-applications?pageSize=1&pageToken=" + again).json().path("items"))
                .isEqualTo(development.get("/v1/i589-applications?pageSize=1&pageToken=" + token).json().path("items"));
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(request.uri().getRawPath(), e);
        }
    }
}
