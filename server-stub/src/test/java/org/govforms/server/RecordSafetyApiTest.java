package org.govforms.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.govforms.domain.SpecExamples;
import org.govforms.server.store.RecordStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ETags and If-Match, Idempotency-Key, body limits and health, as a client meets them over HTTP; run on the
 * embedded H2 default and on PostgreSQL (the subclasses).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"govforms.max-request-bytes=200000",
                "govforms.tenants[0].id=development",
                "govforms.tenants[0].api-key-sha256[0]=93b554ee9dcac889196b87cc43bf864423f52598347f9f6634359f01b31045b1",
                "govforms.tenants[1].id=other-tenant",
                "govforms.tenants[1].api-key-sha256[0]=27c05ce3f2f50102dce55afe0f1b96f1a354c6d2b80a6e54bbe4b3bc02b954de"})
abstract class RecordSafetyApiTest {

    private static final String APPLICATIONS = "/v1/i589-applications";
    /** The key of a second tenant (its SHA-256 is configured above). */
    private static final String OTHER_TENANT_KEY = "other-tenant-key";

    @LocalServerPort
    int port;

    @Autowired
    RecordStore store;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port, Api.DEV_KEY);
    }

    @Test
    void aReplaceNeedsTheCurrentETag() {
        Api.Answer created = api.post(APPLICATIONS, minimal());
        String path = APPLICATIONS + "/" + created.json().path("id").asText();
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        assertThat(api.get(path).header("ETag")).isEqualTo("\"1\"");

        Api.Answer missing = api.put(path, null, minimal());
        assertThat(missing.status()).isEqualTo(428);
        assertThat(missing.contentType()).isEqualTo("application/problem+json");

        Api.Answer replaced = api.put(path, "\"1\"", minimal());
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.header("ETag")).isEqualTo("\"2\"");

        Api.Answer stale = api.put(path, "\"1\"", minimal());
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.contentType()).isEqualTo("application/problem+json");
        assertThat(api.put(path, "W/\"2\"", minimal()).status()).isEqualTo(412);
        assertThat(api.get(path).header("ETag")).isEqualTo("\"2\"");
    }

    @Test
    void concurrentWritersLoseNoUpdate() throws Exception {
        String path = APPLICATIONS + "/" + api.post(APPLICATIONS, minimal()).json().path("id").asText();
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Integer>> conflicts = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            String alias = "Alias " + (char) ('A' + w);
            conflicts.add(pool.submit(() -> addOtherName(path, alias)));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        int refused = 0;
        for (Future<Integer> f : conflicts) {
            refused += f.get();
        }

        JsonNode finalRecord = api.get(path).json();
        List<String> names = new ArrayList<>();
        finalRecord.path("applicant").path("otherNamesUsed").forEach(n -> names.add(n.asText()));
        assertThat(names).hasSize(writers).doesNotHaveDuplicates();
        assertThat(api.get(path).header("ETag")).isEqualTo("\"" + (writers + 1) + "\"");
        assertThat(refused).as("stale writes refused with 412 and retried").isGreaterThanOrEqualTo(0);
    }

    /** Read, change, write with If-Match; on 412 read again. Returns how many writes were refused. */
    private int addOtherName(String path, String alias) {
        int refused = 0;
        while (true) {
            Api.Answer read = api.get(path);
            ObjectNode record = (ObjectNode) read.json();
            record.remove(List.of("id", "createdAt", "updatedAt", "warnings"));
            ObjectNode applicant = (ObjectNode) record.get("applicant");
            ArrayNode names = applicant.has("otherNamesUsed") ? (ArrayNode) applicant.get("otherNamesUsed")
                    : applicant.putArray("otherNamesUsed");
            names.add(alias);
            Api.Answer written = api.put(path, read.header("ETag"), bytes(record));
            if (written.status() == 200) {
                return refused;
            }
            assertThat(written.status()).isEqualTo(412);
            refused++;
        }
    }

    @Test
    void aRetriedCreateWithTheSameKeyGetsTheFirstAnswer() {
        String key = UUID.randomUUID().toString();
        int before = count();

        Api.Answer first = api.postWithKey(APPLICATIONS, key, minimal());
        Api.Answer retry = api.postWithKey(APPLICATIONS, key, minimal());

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(count()).isEqualTo(before + 1);

        Api.Answer otherBody = api.postWithKey(APPLICATIONS, key, SpecExamples.example("I589Complete").json());
        assertThat(otherBody.status()).isEqualTo(422);
        assertThat(otherBody.contentType()).isEqualTo("application/problem+json");
        assertThat(count()).isEqualTo(before + 1);

        Api.Answer otherTenant = new Api(port, OTHER_TENANT_KEY).postWithKey(APPLICATIONS, key, minimal());
        assertThat(otherTenant.status()).as("keys are per tenant: the other tenant's create is its own").isEqualTo(201);
        assertThat(otherTenant.json().path("id")).isNotEqualTo(first.json().path("id"));
    }

    @Test
    void anIdempotencyKeyIsPerTenantAndOperation() {
        String key = UUID.randomUUID().toString();
        Api.Answer application = api.postWithKey(APPLICATIONS, key, minimal());
        assertThat(application.status()).isEqualTo(201);

        Api.Answer policy = api.postWithKey("/v1/professional-judgment-policies", key,
                SpecExamples.example("FafsaPjCompletePolicy").json());
        assertThat(policy.status()).as("the same key on another create operation is another request").isEqualTo(201);
        assertThat(policy.header("Location")).startsWith("/v1/professional-judgment-policies/");

        Api.Answer retried = api.postWithKey("/v1/professional-judgment-policies", key,
                SpecExamples.example("FafsaPjCompletePolicy").json());
        assertThat(retried.header("Location")).isEqualTo(policy.header("Location"));
        assertThat(api.postWithKey(APPLICATIONS, key, minimal()).header("Location")).isEqualTo(application.header("Location"));
    }

    @Test
    void ifMatchMayListSeveralETagsAndAnyCurrentStrongOneApplies() {
        Api.Answer created = api.post(APPLICATIONS, minimal());
        String path = APPLICATIONS + "/" + created.json().path("id").asText();

        assertThat(api.put(path, "\"7\", \"8\"", minimal()).status()).isEqualTo(412);
        assertThat(api.put(path, "W/\"1\", \"9\"", minimal()).status()).as("weak tags never match").isEqualTo(412);
        assertThat(api.put(path, "\"1\" , garbage", minimal()).status()).as("a list that cannot be read").isEqualTo(412);
        Api.Answer replaced = api.put(path, "\"7\", \"1\",\"8\"", minimal());
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.header("ETag")).isEqualTo("\"2\"");
        assertThat(api.put(path, "\"1\", \"2\"", minimal()).status()).isEqualTo(200);
        assertThat(api.get(path).header("ETag")).isEqualTo("\"3\"");
    }

    @Test
    void anIdempotencyKeyOutsideTheSpecIsRefusedAndStoresNothing() {
        int before = count();
        for (String key : List.of("with space", "k".repeat(256), "")) {
            Api.Answer refused = api.postWithKey(APPLICATIONS, key, minimal());
            assertThat(refused.status()).as(key).isEqualTo(400);
            assertThat(refused.contentType()).isEqualTo("application/problem+json");
        }
        assertThat(api.postWithKey(APPLICATIONS, "k".repeat(255), minimal()).status()).isEqualTo(201);
        assertThat(count()).isEqualTo(before + 1);
    }

    @Test
    void aRejectedCreateStoresNothingSoACorrectedRetryWithTheSameKeySucceeds() {
        String key = UUID.randomUUID().toString();
        int before = count();

        Api.Answer rejected = api.postWithKey(APPLICATIONS, key, SpecExamples.example("I589InvalidTravelDocument").json());
        assertThat(rejected.status()).isEqualTo(400);
        assertThat(count()).isEqualTo(before);

        Api.Answer corrected = api.postWithKey(APPLICATIONS, key, minimal());
        assertThat(corrected.status()).isEqualTo(201);
        assertThat(count()).isEqualTo(before + 1);
    }

    @Test
    void aCreateWhoseKeyIsStillInFlightIsAConflict() {
        String key = UUID.randomUUID().toString();
        java.time.Instant now = java.time.Instant.now();
        store.claim(new RecordStore.IdempotencyKey("development", "i589-applications", key),
                "0".repeat(64), now, now.minusSeconds(60));

        Api.Answer answer = api.postWithKey(APPLICATIONS, key, minimal());

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413AndNothingIsStored() {
        int before = count();
        String huge = "{\"formEdition\":\"01/20/25\",\"applicant\":{\"otherLanguagesSpokenFluently\":\"" + "x".repeat(300_000) + "\"}}";

        Api.Answer answer = api.post(APPLICATIONS, huge);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void healthAndReadinessNeedNoKey() {
        Api anonymous = new Api(port, null);
        assertThat(anonymous.get("/actuator/health").status()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/health/readiness").body()).contains("UP");
        assertThat(anonymous.get("/actuator/health/liveness").body()).contains("UP");
    }

    private int count() {
        return api.get(APPLICATIONS + "?pageSize=100").json().path("items").size();
    }

    private static byte[] minimal() {
        return SpecExamples.example("I589Minimal").json();
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return SpecExamples.json().writeValueAsBytes(node);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
