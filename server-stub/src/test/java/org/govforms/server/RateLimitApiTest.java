package org.govforms.server;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fair share per tenant: one tenant sending more than its bucket allows gets 429 with Retry-After, while the
 * other tenant, with its own bucket, is served as before. Every answer says the policy and what is left.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "govforms.tenants[0].id=development",
        "govforms.tenants[0].api-key-sha256[0]=93b554ee9dcac889196b87cc43bf864423f52598347f9f6634359f01b31045b1",
        "govforms.tenants[0].rate-limit.requests-per-second=1",
        "govforms.tenants[0].rate-limit.burst=10",
        "govforms.tenants[1].id=other",
        "govforms.tenants[1].api-key-sha256[0]=27c05ce3f2f50102dce55afe0f1b96f1a354c6d2b80a6e54bbe4b3bc02b954de",
        "govforms.rate-limit.per-tenant.requests-per-second=1000",
        "govforms.rate-limit.per-tenant.burst=1000",
        "govforms.rate-limit.unauthenticated.requests-per-second=1",
        "govforms.rate-limit.unauthenticated.burst=3"})
class RateLimitApiTest {

    @LocalServerPort
    int port;

    @Test
    void aTenantOverItsShareGets429WhileAnotherIsServed() {
        Api flooding = new Api(port, Api.DEV_KEY);
        Api other = new Api(port, "other-tenant-key");
        List<Api.Answer> answers = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            answers.add(flooding.get("/v1/i589-applications"));
        }
        List<Integer> statuses = answers.stream().map(Api.Answer::status).toList();
        assertThat(statuses.subList(0, 10)).as("the burst").containsOnly(200);
        assertThat(statuses.subList(10, 15)).as("beyond it, refilled at one a second").filteredOn(s -> s == 429).hasSizeGreaterThanOrEqualTo(3);

        Api.Answer limited = answers.stream().filter(a -> a.status() == 429).reduce((first, last) -> last).orElseThrow();
        assertThat(limited.contentType()).startsWith("application/problem+json");
        assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 2);
        assertThat(limited.header("RateLimit")).isEqualTo("\"tenant\";r=0;t=" + limited.header("Retry-After"));
        assertThat(limited.header("RateLimit-Policy")).isEqualTo("\"tenant\";q=10;w=10");

        for (int i = 0; i < 20; i++) {
            Api.Answer served = other.get("/v1/i589-applications");
            assertThat(served.status()).isEqualTo(200);
            assertThat(served.header("RateLimit-Policy")).isEqualTo("\"tenant\";q=1000;w=1");
            assertThat(served.header("RateLimit")).matches("\"tenant\";r=9[0-9]{2};t=1");
        }
    }

    @Test
    void requestsWithoutAValidKeyShareOneSmallBucket() {
        Api guessing = new Api(port, "guessed-key");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            statuses.add(guessing.get("/v1/rules").status());
        }
        assertThat(statuses).startsWith(401).contains(429);
        assertThat(new Api(port, "other-tenant-key").get("/v1/rules").status()).isEqualTo(200);
    }

    @Test
    void healthChecksAndTheSpecificationAreNotCounted() {
        Api anonymous = new Api(port, null);
        for (int i = 0; i < 10; i++) {
            assertThat(anonymous.get("/actuator/health").status()).isEqualTo(200);
            assertThat(anonymous.get("/openapi.yaml").status()).isEqualTo(200);
        }
    }
}
