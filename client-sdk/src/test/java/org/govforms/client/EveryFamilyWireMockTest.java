package org.govforms.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.govforms.domain.SpecExamples;
import org.govforms.model.AuditInformationRequest;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
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

/**
 * The SDK's promises, family by family: every wrapper sends an Idempotency-Key on create and keeps it across
 * retries and leaves out what the server sets, replaces with the ETag of the record as read, turns a 412 and a 400 into their own exceptions
 * (the violations kept, no personal value in the message), and iterates over every page.
 */
class EveryFamilyWireMockTest {

    private static final String KEY = "sdk-family-key-41c9";
    private static final UUID ID = UUID.fromString("3b0e6a44-52c1-4f7e-9d0b-7a2f1c9e8d55");
    private static final UUID PRINCIPAL = UUID.fromString("c6e1d2f0-7a35-4b8e-a1f4-5d9c3b2e1a07");
    private static final Duration BOUND = Duration.ofSeconds(15);

    /** A wrapper of the SDK for one record type, with the path of its collection and a valid example. */
    record Family<T>(String collection, String example, Class<T> type,
                     Function<GovFormsClient, BiFunction<T, String, T>> create,
                     Function<GovFormsClient, Function<UUID, T>> get,
                     Function<GovFormsClient, BiFunction<UUID, T, T>> replace,
                     Function<GovFormsClient, Iterable<T>> all,
                     Function<T, UUID> id) {
        @Override
        public String toString() {
            return type.getSimpleName();
        }

        T record() {
            try {
                return SpecExamples.json().readValue(SpecExamples.example(example).json(), type);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The example as the server answers it, with its id (a read-only property). */
        T storedRecord() {
            try {
                return SpecExamples.json().readValue(stored(ID), type);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String stored(UUID id) {
            ObjectNode document = SpecExamples.example(example).copy();
            document.put("id", id.toString());
            return document.toString();
        }
    }

    static Stream<Family<?>> families() {
        return Stream.of(
                new Family<>("/v1/i589-applications", "I589Minimal", I589Application.class,
                        c -> (r, k) -> c.i589Applications().create(r, k), c -> c.i589Applications()::get,
                        c -> c.i589Applications()::replace, c -> c.i589Applications().all(), I589Application::getId),
                new Family<>("/v1/i914-applications", "I914ApplicationMinimal", I914Application.class,
                        c -> (r, k) -> c.i914Applications().create(r, k), c -> c.i914Applications()::get,
                        c -> c.i914Applications()::replace, c -> c.i914Applications().all(), I914Application::getId),
                new Family<>("/v1/i914-applications/" + PRINCIPAL + "/derivatives", "I914DerivativeMinimal",
                        I914DerivativeApplication.class,
                        c -> (r, k) -> c.i914Applications().derivatives(PRINCIPAL).create(r, k),
                        c -> c.i914Applications().derivatives(PRINCIPAL)::get,
                        c -> c.i914Applications().derivatives(PRINCIPAL)::replace,
                        c -> c.i914Applications().derivatives(PRINCIPAL).all(), I914DerivativeApplication::getId),
                new Family<>("/v1/i914-applications/" + PRINCIPAL + "/law-enforcement-declarations",
                        "I914DeclarationMinimal", I914LawEnforcementDeclaration.class,
                        c -> (r, k) -> c.i914Applications().lawEnforcementDeclarations(PRINCIPAL).create(r, k),
                        c -> c.i914Applications().lawEnforcementDeclarations(PRINCIPAL)::get,
                        c -> c.i914Applications().lawEnforcementDeclarations(PRINCIPAL)::replace,
                        c -> c.i914Applications().lawEnforcementDeclarations(PRINCIPAL).all(),
                        I914LawEnforcementDeclaration::getId),
                new Family<>("/v1/professional-judgment-records", "FafsaPjMinimalSpecialCircumstance",
                        ProfessionalJudgmentRecord.class,
                        c -> (r, k) -> c.professionalJudgmentRecords().create(r, k), c -> c.professionalJudgmentRecords()::get,
                        c -> c.professionalJudgmentRecords()::replace,
                        c -> c.professionalJudgmentRecords().all(null, null, null), ProfessionalJudgmentRecord::getId),
                new Family<>("/v1/professional-judgment-policies", "FafsaPjCompletePolicy", ProfessionalJudgmentPolicy.class,
                        c -> (r, k) -> c.professionalJudgmentPolicies().create(r, k), c -> c.professionalJudgmentPolicies()::get,
                        c -> c.professionalJudgmentPolicies()::replace, c -> c.professionalJudgmentPolicies().all(null, null),
                        ProfessionalJudgmentPolicy::getId),
                new Family<>("/v1/external-audits", "AuditAnnouncementOnly", ExternalAudit.class,
                        c -> (r, k) -> c.externalAudits().create(r, k), c -> c.externalAudits()::get,
                        c -> c.externalAudits()::replace, c -> c.externalAudits().all(), ExternalAudit::getId));
    }

    @RegisterExtension
    static final WireMockExtension server = Stubs.server();

    private GovFormsClient client;

    @BeforeEach
    void connect() {
        client = GovFormsClient.builder().baseUrl(server.baseUrl()).apiKey(KEY).maxRetries(2)
                .retryBaseDelay(Duration.ofMillis(20)).readTimeout(Duration.ofSeconds(5)).build();
    }

    @ParameterizedTest
    @MethodSource("families")
    <T> void aCreateSendsOneIdempotencyKeyAcrossItsRetriesOrTheCallersOwn(Family<T> family) {
        server.stubFor(post(family.collection()).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json(503, problem(503))).willSetStateTo("up"));
        server.stubFor(post(family.collection()).inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(json(201, family.stored(ID)).withHeader("ETag", "\"1\"")));

        T created = assertTimeoutPreemptively(BOUND,
                () -> family.create().apply(client).apply(family.storedRecord(), "caller-key-1"));

        assertThat(family.id().apply(created)).isEqualTo(ID);
        List<LoggedRequest> attempts = server.findAll(postRequestedFor(urlEqualTo(family.collection())));
        assertThat(attempts).extracting(r -> r.getHeader("Idempotency-Key")).containsExactly("caller-key-1", "caller-key-1");
        assertThat(attempts).as("read-only properties are left out of what is sent")
                .allSatisfy(r -> assertThat(r.getBodyAsString()).doesNotContain(ID.toString()));
    }

    @ParameterizedTest
    @MethodSource("families")
    <T> void aReplaceSendsTheETagAsReadAndAStaleOneIsItsOwnError(Family<T> family) {
        String item = family.collection() + "/" + ID;
        server.stubFor(get(item).willReturn(json(200, family.stored(ID)).withHeader("ETag", "\"7\"")));
        server.stubFor(put(item).inScenario("etag").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json(200, family.stored(ID)).withHeader("ETag", "\"8\"")).willSetStateTo("stale"));
        server.stubFor(put(item).inScenario("etag").whenScenarioStateIs("stale").willReturn(json(412, problem(412))));

        T read = family.get().apply(client).apply(ID);
        family.replace().apply(client).apply(ID, read);

        server.verify(putRequestedFor(urlEqualTo(item)).withHeader("If-Match", equalTo("\"7\"")));
        assertThatThrownBy(() -> family.replace().apply(client).apply(ID, read))
                .isInstanceOf(PreconditionFailedException.class);
        server.verify(putRequestedFor(urlEqualTo(item)).withHeader("If-Match", equalTo("\"8\"")));
    }

    @ParameterizedTest
    @MethodSource("families")
    <T> void aRefusedRecordIsAValidationExceptionWithItsViolationsAndNoPersonalValue(Family<T> family) {
        String secret = "078-05-1120";
        server.stubFor(post(family.collection()).willReturn(json(400, "{\"type\":\"urn:govforms:problem:invalid-record\","
                + "\"title\":\"The record breaks the rules of its form\",\"status\":400,\"violations\":[{\"pointer\":\"/a\","
                + "\"formItem\":\"X:1\",\"rule\":\"schema:pattern\",\"severity\":\"error\",\"code\":\"PATTERN_MISMATCH\","
                + "\"message\":\"Does not have the required format.\"}]}")));

        assertThatThrownBy(() -> family.create().apply(client).apply(family.record(), "k-" + secret))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations()).singleElement()
                        .satisfies(v -> assertThat(v.getCode()).isEqualTo("PATTERN_MISMATCH")))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(secret, KEY));
        server.verify(1, postRequestedFor(urlEqualTo(family.collection())));
    }

    @ParameterizedTest
    @MethodSource("families")
    <T> void allIteratesOverEveryPage(Family<T> family) {
        server.stubFor(get(urlPathEqualTo(family.collection())).willReturn(json(200, page(family, 0, "p2"))));
        server.stubFor(get(urlEqualTo(family.collection() + "?pageSize=100&pageToken=p2")).willReturn(json(200, page(family, 1, null))));

        List<UUID> ids = new ArrayList<>();
        family.all().apply(client).forEach(record -> ids.add(family.id().apply(record)));

        assertThat(ids).containsExactly(new UUID(0, 1), new UUID(0, 2), new UUID(1, 1), new UUID(1, 2));
        server.verify(2, getRequestedFor(urlPathEqualTo(family.collection())));
    }

    @Test
    void anAuditEntryIsReplacedOnTheAuditAsLastReadAndAddedToTheNewestAudit() {
        String requests = "/v1/external-audits/" + ID + "/information-requests";
        String entry = SpecExamples.example("AuditInformationRequestComplete").value().toString();
        String requestId = SpecExamples.example("AuditInformationRequestComplete").value().path("requestId").asText();
        server.stubFor(get(requests + "/" + requestId).willReturn(json(200, entry).withHeader("ETag", "\"4\"")));
        server.stubFor(put(requests + "/" + requestId).inScenario("audit").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json(200, entry).withHeader("ETag", "\"5\"")).willSetStateTo("changed elsewhere"));
        server.stubFor(put(requests + "/" + requestId).inScenario("audit").whenScenarioStateIs("changed elsewhere")
                .willReturn(json(412, problem(412))));
        server.stubFor(post(requests).willReturn(json(201, entry).withHeader("ETag", "\"6\"")));

        AuditInformationRequest unread = SpecExamples.json().convertValue(
                SpecExamples.example("AuditInformationRequestComplete").value(), AuditInformationRequest.class);
        assertThatThrownBy(() -> client.externalAudits().replaceInformationRequest(ID, unread))
                .as("an audit never read has no known ETag").isInstanceOf(IllegalStateException.class);
        server.verify(0, putRequestedFor(urlEqualTo(requests + "/" + requestId)));

        var read = client.externalAudits().informationRequest(ID, requestId);
        client.externalAudits().replaceInformationRequest(ID, read);
        server.verify(putRequestedFor(urlEqualTo(requests + "/" + requestId)).withHeader("If-Match", equalTo("\"4\"")));
        assertThatThrownBy(() -> client.externalAudits().replaceInformationRequest(ID, read))
                .isInstanceOf(PreconditionFailedException.class);
        server.verify(putRequestedFor(urlEqualTo(requests + "/" + requestId)).withHeader("If-Match", equalTo("\"5\"")));

        client.externalAudits().addInformationRequest(ID, read);
        server.verify(postRequestedFor(urlEqualTo(requests)).withoutHeader("If-Match"));
    }

    private static String page(Family<?> family, int number, String next) {
        return "{\"items\":[" + family.stored(new UUID(number, 1)) + "," + family.stored(new UUID(number, 2)) + "]"
                + (next == null ? "" : ",\"nextPageToken\":\"" + next + "\"") + "}";
    }
}
