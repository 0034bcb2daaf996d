package org.govforms.client;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.net.SocketFactory;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.govforms.domain.SpecExamples;
import org.govforms.model.AuditRecommendation;
import org.govforms.model.ExternalAudit;
import org.govforms.model.I589Application;
import org.govforms.model.I914Application;
import org.govforms.model.I914DerivativeApplication;
import org.govforms.model.I914LawEnforcementDeclaration;
import org.govforms.model.ProfessionalJudgmentPolicy;
import org.govforms.model.ProfessionalJudgmentRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;
import org.slf4j.LoggerFactory;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.govforms.client.Stubs.json;
import static org.govforms.client.Stubs.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Retries, Idempotency-Keys, ETags, errors, paging and logging of the SDK, against a scripted server. */
class ClientBehaviourWireMockTest {

    private static final String KEY = "sdk-test-key-7f3a";
    private static final String ID = "7d9f3c52-8a0e-4d47-9a43-3c1e8b1f2a10";
    private static final Duration BOUND = Duration.ofSeconds(15);

    @RegisterExtension
    static final WireMockExtension server = Stubs.server();

    private GovFormsClient client;

    @BeforeEach
    void connect() {
        client = client(2);
    }

    private GovFormsClient client(int maxRetries) {
        return GovFormsClient.builder().baseUrl(server.baseUrl()).apiKey(KEY).maxRetries(maxRetries)
                .retryBaseDelay(Duration.ofMillis(20)).readTimeout(Duration.ofSeconds(5)).requestLogging(true).build();
    }

    @Test
    void everyRequestNamesTheSdkVersionInItsUserAgent() {
        server.stubFor(get("/v1/rules").willReturn(json(200, "{\"rules\":[]}")));

        client.rules(null);

        server.verify(getRequestedFor(urlEqualTo("/v1/rules"))
                .withHeader("User-Agent", matching("govforms-java-sdk/\\d+\\.\\d+\\.\\d+.*"))
                .withHeader("Authorization", equalTo("Bearer " + KEY)));
    }

    @Test
    void theApplicationsOkHttpClientCarriesTheRequestsOnSocketsWithoutNaglesDelay() {
        server.stubFor(get("/v1/rules").willReturn(json(200, "{\"rules\":[]}")));
        List<Socket> sockets = new ArrayList<>();
        List<String> seenByTheApplication = new ArrayList<>();
        ConnectionPool pool = new ConnectionPool();
        OkHttpClient application = new OkHttpClient.Builder()
                .connectionPool(pool)
                .socketFactory(new SocketFactory() {
                    @Override
                    public Socket createSocket() {
                        Socket socket = new Socket();
                        sockets.add(socket);
                        return socket;
                    }

                    @Override
                    public Socket createSocket(String host, int port) {
                        throw new UnsupportedOperationException();
                    }

                    @Override
                    public Socket createSocket(String host, int port, InetAddress local, int localPort) {
                        throw new UnsupportedOperationException();
                    }

                    @Override
                    public Socket createSocket(InetAddress host, int port) {
                        throw new UnsupportedOperationException();
                    }

                    @Override
                    public Socket createSocket(InetAddress host, int port, InetAddress local,
                                                        int localPort) {
                        throw new UnsupportedOperationException();
                    }
                })
                .addInterceptor(chain -> {
                    seenByTheApplication.add(chain.request().url().encodedPath());
                    return chain.proceed(chain.request());
                })
                .build();
        GovFormsClient shared = GovFormsClient.builder().baseUrl(server.baseUrl()).apiKey(KEY).okHttpClient(application).build();

        shared.rules(null);
        shared.rules(null);

        assertThat(seenByTheApplication).containsExactly("/v1/rules", "/v1/rules");
        assertThat(pool.connectionCount()).as("the application's pool keeps the connection").isEqualTo(1);
        assertThat(sockets).as("one socket, from the application's factory, reused").hasSize(1);
        assertThat(sockets).allSatisfy(socket -> assertThat(socket.getTcpNoDelay()).isTrue());
    }

    @Test
    void aCreateIsRetriedAfterServerErrorsAndConnectionFailuresWithTheSameIdempotencyKey() {
        server.stubFor(post("/v1/i589-applications").inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("reset"));
        server.stubFor(post("/v1/i589-applications").inScenario("flaky").whenScenarioStateIs("reset")
                .willReturn(json(503, "{\"type\":\"about:blank\",\"title\":\"Unavailable\",\"status\":503}")).willSetStateTo("503"));
        server.stubFor(post("/v1/i589-applications").inScenario("flaky").whenScenarioStateIs("503")
                .willReturn(json(201, stored()).withHeader("ETag", "\"1\"")));

        I589Application created = assertTimeoutPreemptively(BOUND, () -> client.i589Applications().create(minimal()));

        assertThat(created.getId()).isEqualTo(UUID.fromString(ID));
        List<LoggedRequest> attempts = server.findAll(postRequestedFor(urlEqualTo("/v1/i589-applications")));
        assertThat(attempts).hasSize(3);
        assertThat(attempts).extracting(r -> r.getHeader("Idempotency-Key")).doesNotContainNull().containsOnly(
                attempts.get(0).getHeader("Idempotency-Key"));
    }

    @Test
    void retryAfterIsHonouredOn429() {
        server.stubFor(get("/v1/rules").inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json(429, "{\"type\":\"about:blank\",\"title\":\"Slow down\",\"status\":429}")
                        .withHeader("Retry-After", "1")).willSetStateTo("ok"));
        server.stubFor(get("/v1/rules").inScenario("busy").whenScenarioStateIs("ok").willReturn(json(200, "{\"rules\":[]}")));

        long start = System.nanoTime();
        assertTimeoutPreemptively(BOUND, () -> client.rules(null));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        server.verify(2, getRequestedFor(urlEqualTo("/v1/rules")));
    }

    @Test
    void retriesStopAtTheConfiguredMaximumAndClientMistakesAreNeverRetried() {
        server.stubFor(get("/v1/rules").willReturn(json(500, "{\"type\":\"about:blank\",\"title\":\"Broken\",\"status\":500}")));
        assertThatThrownBy(() -> assertTimeoutPreemptively(BOUND, () -> client(3).rules(null)))
                .isInstanceOf(ServerException.class);
        server.verify(4, getRequestedFor(urlEqualTo("/v1/rules")));

        server.resetRequests();
        server.stubFor(post("/v1/i589-applications").willReturn(json(400, problem(400))));
        assertThatThrownBy(() -> client.i589Applications().create(minimal())).isInstanceOf(ValidationException.class);
        server.verify(1, postRequestedFor(urlEqualTo("/v1/i589-applications")));
    }

    @Test
    void onlyRequestsThatAreSafeToRepeatAreRetried() {
        Request.Builder request = new Request.Builder().url(server.baseUrl() + "/v1/i589-applications");
        okhttp3.RequestBody body = okhttp3.RequestBody.create(new byte[0]);
        assertThat(RetryInterceptor.safeToRepeat(request.get().build())).isTrue();
        assertThat(RetryInterceptor.safeToRepeat(request.put(body).build())).isTrue();
        assertThat(RetryInterceptor.safeToRepeat(request.post(body).build())).isFalse();
        assertThat(RetryInterceptor.safeToRepeat(request.post(body).header("Idempotency-Key", "k").build())).isTrue();
        assertThat(RetryInterceptor.safeToRepeat(new Request.Builder()
                .url(server.baseUrl() + "/v1/validations/i589-application").post(body).build())).isTrue();
        assertThat(RetryInterceptor.safeToRepeat(request.patch(body).build())).isFalse();
    }

    @Test
    void aReplaceSendsTheETagOfTheRecordAsReadAndAStaleOneIsItsOwnError() {
        server.stubFor(get("/v1/i589-applications/" + ID).willReturn(json(200, stored()).withHeader("ETag", "\"5\"")));
        server.stubFor(put("/v1/i589-applications/" + ID).inScenario("etag").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json(200, stored()).withHeader("ETag", "\"6\"")).willSetStateTo("stale"));
        server.stubFor(put("/v1/i589-applications/" + ID).inScenario("etag").whenScenarioStateIs("stale")
                .willReturn(json(412, problem(412))));

        I589Application read = client.i589Applications().get(UUID.fromString(ID));
        client.i589Applications().replace(read.getId(), read);

        server.verify(putRequestedFor(urlEqualTo("/v1/i589-applications/" + ID)).withHeader("If-Match", equalTo("\"5\"")));
        assertThatThrownBy(() -> client.i589Applications().replace(read.getId(), read))
                .isInstanceOf(PreconditionFailedException.class).isInstanceOf(ConflictException.class);
        server.verify(putRequestedFor(urlEqualTo("/v1/i589-applications/" + ID)).withHeader("If-Match", equalTo("\"6\"")));
        assertThatThrownBy(() -> client.i589Applications().replace(UUID.randomUUID(), read))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("get(id)");
    }

    @Test
    void everyErrorArrivesAsItsOwnTypeWithoutPersonalValues() {
        int[] statuses = {401, 403, 404, 422, 428};
        Class<?>[] types = {AuthenticationException.class, AuthenticationException.class, NotFoundException.class,
                ConflictException.class, ConflictException.class};
        for (int i = 0; i < statuses.length; i++) {
            server.stubFor(get("/v1/i589-applications/" + ID).willReturn(json(statuses[i], problem(statuses[i]))));
            int status = statuses[i];
            assertThatThrownBy(() -> client.i589Applications().get(UUID.fromString(ID)))
                    .isInstanceOf(types[i]).isInstanceOf(GovFormsApiException.class)
                    .satisfies(e -> assertThat(((GovFormsApiException) e).status()).isEqualTo(status))
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(KEY));
        }
        server.stubFor(get("/v1/i589-applications/" + ID).willReturn(json(429, problem(429))));
        assertThatThrownBy(() -> client(0).i589Applications().get(UUID.fromString(ID))).isInstanceOf(RateLimitedException.class);
    }

    @Test
    void noAnswerIsANetworkException() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        GovFormsClient unreachable = GovFormsClient.builder().baseUrl("http://localhost:" + closedPort).apiKey(KEY)
                .maxRetries(1).retryBaseDelay(Duration.ofMillis(10)).build();

        assertThatThrownBy(() -> assertTimeoutPreemptively(BOUND, () -> unreachable.rules(null)))
                .isInstanceOf(NetworkException.class).isInstanceOf(GovFormsException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(KEY));
    }

    @Test
    void everyCallOfEveryFamilyWithTheServerDownIsANetworkException() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        GovFormsClient down = GovFormsClient.builder().baseUrl("http://localhost:" + closedPort).apiKey(KEY)
                .maxRetries(0).build();
        UUID id = UUID.randomUUID();
        List<Executable> calls = List.of(
                () -> down.i589Applications().create(new I589Application()),
                () -> down.i589Applications().get(id),
                () -> down.i589Applications().list(null, null),
                () -> down.i589Applications().all().iterator().hasNext(),
                () -> down.i589Applications().pdf(id),
                () -> down.i589Applications().validate(new I589Application()),
                () -> down.pdfExtractions().i589Application(new byte[]{'%', 'P', 'D', 'F'}),
                () -> down.i914Applications().create(new I914Application()),
                () -> down.i914Applications().get(id),
                () -> down.i914Applications().validate(new I914Application()),
                () -> down.i914Applications().validateDerivative(new I914DerivativeApplication()),
                () -> down.i914Applications().validateLawEnforcementDeclaration(new I914LawEnforcementDeclaration()),
                () -> down.i914Applications().derivatives(id).create(new I914DerivativeApplication()),
                () -> down.i914Applications().derivatives(id).list(null, null),
                () -> down.i914Applications().lawEnforcementDeclarations(id).get(id),
                () -> down.professionalJudgmentRecords().create(new ProfessionalJudgmentRecord()),
                () -> down.professionalJudgmentRecords().list(null, null, null, null, null),
                () -> down.professionalJudgmentPolicies().validate(new ProfessionalJudgmentPolicy()),
                () -> down.externalAudits().create(new ExternalAudit()),
                () -> down.externalAudits().overdueItems(),
                () -> down.externalAudits().informationRequests(id),
                () -> down.externalAudits().addRecommendation(id, new AuditRecommendation()),
                () -> down.rules(null));
        for (int i = 0; i < calls.size(); i++) {
            Executable call = calls.get(i);
            assertThatThrownBy(() -> assertTimeoutPreemptively(BOUND, call)).as("call " + i)
                    .isInstanceOf(NetworkException.class);
        }
    }

    @Test
    void allIteratesOverEveryPage() {
        server.stubFor(get(urlPathEqualTo("/v1/i589-applications")).willReturn(json(200, page(0, "p2"))));
        server.stubFor(get(urlEqualTo("/v1/i589-applications?pageSize=100&pageToken=p2")).willReturn(json(200, page(1, "p3"))));
        server.stubFor(get(urlEqualTo("/v1/i589-applications?pageSize=100&pageToken=p3")).willReturn(json(200, page(2, null))));

        List<UUID> ids = new ArrayList<>();
        client.i589Applications().all().forEach(application -> ids.add(application.getId()));

        assertThat(ids).hasSize(6).doesNotHaveDuplicates();
        server.verify(3, getRequestedFor(urlPathEqualTo("/v1/i589-applications")));
    }

    @Test
    void theRequestLogNamesMethodPathAndStatusButNeverTheKeyOrARecordsValues() {
        Logger logger = (Logger) LoggerFactory.getLogger("org.govforms.client");
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            server.stubFor(post("/v1/i589-applications").willReturn(json(201, stored()).withHeader("ETag", "\"1\"")));
            client.i589Applications().create(minimal());
        } finally {
            logger.detachAppender(appender);
        }
        List<String> lines = appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(lines).anyMatch(line -> line.contains("POST /v1/i589-applications -> 201"));
        assertThat(lines).allSatisfy(line -> assertThat(line).doesNotContain(KEY, "Okafor", "Chidi", "2001-11-30"));
    }

    private static String stored() {
        return new String(SpecExamples.example("I589Minimal").json()).replaceFirst("\\{", "{\"id\":\"" + ID + "\",");
    }

    private static String page(int number, String next) {
        String item = new String(SpecExamples.example("I589Minimal").json());
        String first = item.replaceFirst("\\{", "{\"id\":\"" + new UUID(number, 1) + "\",");
        String second = item.replaceFirst("\\{", "{\"id\":\"" + new UUID(number, 2) + "\",");
        return "{\"items\":[" + first + "," + second + "]" + (next == null ? "" : ",\"nextPageToken\":\"" + next + "\"") + "}";
    }

    private static I589Application minimal() {
        try {
            return SpecExamples.json().readValue(SpecExamples.example("I589Minimal").json(), I589Application.class);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
