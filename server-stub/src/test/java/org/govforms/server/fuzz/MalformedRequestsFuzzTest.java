package org.govforms.server.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.govforms.domain.SpecExamples;
import org.govforms.server.Api;
import org.govforms.server.GovFormsServer;
import org.govforms.server.fuzz.BadRequests.Request;
import org.govforms.server.fuzz.SpecOperations.Operation;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed and boundary requests for every operation of the bundled spec, sent over HTTP to the real
 * server: none may get a 5xx, every 4xx is a problem+json with the same status, every status is one the
 * operation documents, a request the spec forbids is never accepted, and a rejected request stores nothing.
 */
class MalformedRequestsFuzzTest {

    /** At least this many requests per run, over all the properties below. */
    private static final int MINIMUM_REQUESTS = 10_000;
    private static final long BODY_LIMIT = 300_000;
    private static final Pattern MAX_LENGTH = Pattern.compile("\"maxLength\"\\s*:\\s*(\\d+)");

    private static final List<Operation> OPERATIONS = SpecOperations.of(SpecExamples.spec()).all();
    private static final AtomicInteger SENT = new AtomicInteger();

    private static ConfigurableApplicationContext server;
    private static JdbcTemplate database;
    private static HttpClient http;
    private static String baseUrl;
    private static BadRequests requests;

    @BeforeContainer
    static void startServer() {
        server = new SpringApplicationBuilder(GovFormsServer.class).run("--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:fuzz-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "--govforms.max-request-bytes=" + BODY_LIMIT, "--logging.level.root=WARN");
        database = server.getBean(JdbcTemplate.class);
        baseUrl = "http://localhost:" + server.getEnvironment().getProperty("local.server.port");
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        requests = new BadRequests(SpecExamples.json(), Api.DEV_KEY, storedRecordPerCollection(), longestString(),
                BODY_LIMIT);
    }

    @AfterContainer
    static void stopServer() {
        if (server != null) {
            server.close();
        }
        assertThat(SENT.get()).as("requests sent by the fuzzer").isGreaterThanOrEqualTo(MINIMUM_REQUESTS);
    }

    @Property(tries = 4000, generation = GenerationMode.RANDOMIZED, shrinking = net.jqwik.api.ShrinkingMode.OFF)
    void malformedBodiesAreRefusedWithAProblem(@ForAll("bodies") Request request) {
        check(request);
    }

    @Property(tries = 2500, generation = GenerationMode.RANDOMIZED, shrinking = net.jqwik.api.ShrinkingMode.OFF)
    void badPathIdsHeadersAndQueriesAreRefusedWithAProblem(@ForAll("parameters") Request request) {
        check(request);
    }

    @Property(tries = 3500, generation = GenerationMode.RANDOMIZED, shrinking = net.jqwik.api.ShrinkingMode.OFF)
    void anyBadRequestForAnyOperationIsRefusedWithAProblem(@ForAll("anything") Request request) {
        check(request);
    }

    @Provide
    Arbitrary<Request> bodies() {
        return Arbitraries.randomValue(random -> {
            List<Operation> withBody = OPERATIONS.stream().filter(Operation::takesBody).toList();
            Operation operation = withBody.get(random.nextInt(withBody.size()));
            var kinds = requests.kinds(operation).subList(2, 10);
            return kinds.get(random.nextInt(kinds.size())).apply(operation, random);
        });
    }

    @Provide
    Arbitrary<Request> parameters() {
        return Arbitraries.randomValue(random -> {
            Operation operation = OPERATIONS.get(random.nextInt(OPERATIONS.size()));
            var kinds = requests.kinds(operation);
            var chosen = random.nextInt(3);
            if (chosen == 2 && !operation.in("path").isEmpty()) {
                return requests.badPathId(operation, random);
            }
            return kinds.get(chosen % 2).apply(operation, random);
        });
    }

    @Provide
    Arbitrary<Request> anything() {
        return Arbitraries.randomValue(random -> {
            Operation operation = OPERATIONS.get(random.nextInt(OPERATIONS.size()));
            var kinds = requests.kinds(operation);
            return kinds.get(random.nextInt(kinds.size())).apply(operation, random);
        });
    }

    private static void check(Request request) {
        Stored before = Stored.now();
        HttpResponse<String> response = send(request);
        int status = response.statusCode();
        String contentType = response.headers().firstValue("Content-Type").orElse("");

        assertThat(status).as("no 5xx for %s", request).isLessThan(500);
        assertThat(request.operation().statuses()).as("a status %s documents, for %s", request.operation(), request)
                .contains(status);
        if (status >= 400 && connectorRejects(request)) {
            // Tomcat refuses a NUL or a malformed percent-encoding in the path before Spring sees the request;
            // one in the query reaches Spring, which may first find that the parent record does not exist
            assertThat(status).as("status for %s", request).isIn(400, 404);
        } else if (status >= 400) {
            assertThat(contentType).as("content type of the %d for %s", status, request)
                    .startsWith("application/problem+json");
            JsonNode problem = json(response.body());
            assertThat(problem.path("status").asInt()).as("problem status for %s", request).isEqualTo(status);
            assertThat(problem.path("title").asText()).as("problem title for %s", request).isNotBlank();
            assertThat(Stored.now()).as("what is stored after a refused %s", request).isEqualTo(before);
        } else if (request.breaksSpec()) {
            assertThat(json(response.body()).path("valid").asBoolean(true))
                    .as("a request the spec forbids is refused, or reported invalid: %s got %d", request, status)
                    .isFalse();
        }
    }

    private static boolean connectorRejects(Request request) {
        String path = request.path().toUpperCase();
        return path.contains("%00") || path.contains("%FF");
    }

    /** The records, their versions and the Idempotency-Keys the server holds. */
    private record Stored(long records, long versions, long idempotencyKeys) {
        static Stored now() {
            return database.queryForObject("select count(*), coalesce(sum(version), 0), "
                            + "(select count(*) from idempotency_keys) from records",
                    (row, n) -> new Stored(row.getLong(1), row.getLong(2), row.getLong(3)));
        }
    }

    private static HttpResponse<String> send(Request request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + request.path()))
                .timeout(Duration.ofSeconds(30))
                .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach(builder::header);
        try {
            SENT.incrementAndGet();
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("no answer to " + request, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One stored record per collection that has a create, so that path ids can name a real record. */
    private static Map<String, String> storedRecordPerCollection() {
        Map<String, String> ids = new LinkedHashMap<>();
        for (Operation operation : OPERATIONS) {
            // top-level collections only: a record under a parent is fuzzed under a parent id that does not exist
            if (operation.method().equals("POST") && operation.takesBody() && operation.statuses().contains(201)
                    && !operation.path().contains("{")) {
                Request create = new Request("setup", operation, "POST", operation.path(),
                        Map.of("Authorization", "Bearer " + Api.DEV_KEY, "Content-Type", "application/json"),
                        bytes(operation.bodyExamples().get(0)), false);
                HttpResponse<String> created = send(create);
                assertThat(created.statusCode()).as("creating the first example of %s", operation).isEqualTo(201);
                ids.put(operation.path(), json(created.body()).path("id").asText());
            }
        }
        return ids;
    }

    /** The largest maxLength of the records' strings (a file body, such as a filled PDF form, is no JSON string). */
    private static int longestString() {
        Matcher matcher = MAX_LENGTH.matcher(SpecExamples.spec().path("components").path("schemas").toString());
        int longest = 0;
        while (matcher.find()) {
            longest = Math.max(longest, Integer.parseInt(matcher.group(1)));
        }
        return longest;
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return SpecExamples.json().writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode json(String body) {
        try {
            return SpecExamples.json().readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: a body of " + body.length() + " chars", e);
        }
    }
}
