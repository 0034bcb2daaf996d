package org.govforms.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.govforms.domain.SpecExamples;
import org.govforms.domain.audit.AuditJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govforms.domain.audit.AuditJson.changed;
import static org.govforms.domain.audit.AuditJson.remove;
import static org.govforms.domain.audit.AuditJson.set;

/** External audits over real HTTP: the records, their sub-resources, the phase lifecycle, the dates and the rules of today. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExternalAuditsApiTest {

    private static final String AUDITS = "/v1/external-audits";
    private static final List<String> SERVER_SET = List.of("id", "createdAt", "updatedAt", "warnings");

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port, Api.DEV_KEY);
    }

    @Test
    void theCompleteGaoAuditIsStoredAndReadWithItsComputedDueDates() {
        SpecExamples.Example gao = SpecExamples.example("AuditGaoAuditClosed");

        Api.Answer created = api.post(AUDITS, gao.json());

        assertThat(created.status()).isEqualTo(201);
        JsonNode stored = created.json();
        String id = stored.path("id").asText();
        assertThat(created.header("Location")).isEqualTo(AUDITS + "/" + id);
        assertThat(stored.at("/draftReport/commentDueDate").asText()).isEqualTo("2025-07-25");
        assertThat(stored.at("/correctiveAction/mapsDueToAlo").asText()).isEqualTo("2025-10-30");
        assertThat(stored.at("/correctiveAction/mapsDueToEntity").asText()).isEqualTo("2025-11-14");
        assertThat(stored.at("/correctiveAction/fullImplementationTarget").asText()).isEqualTo("2026-09-15");
        assertThat(stored.at("/correctiveAction/mapUpdateCadence").asText()).isEqualTo("EVERY_6_MONTHS_GAO");
        assertThat(stored.at("/missionActionPlans/2/dueToEntity").asText()).isEqualTo("2026-05-10");
        assertThat(stored.at("/missionActionPlans/0/dueToEntityOverdue").asBoolean(true)).isFalse();
        assertThat(withoutServerProperties(stored)).isEqualTo(gao.value());
        assertThat(api.get(AUDITS + "/" + id).json()).isEqualTo(stored);

        Api.Answer oig = api.post(AUDITS, SpecExamples.example("AuditOigInspectionClosed").json());
        assertThat(oig.status()).isEqualTo(201);
        assertThat(oig.json().at("/correctiveAction/mapsDueToEntity").asText()).isEqualTo("2025-09-28");
        assertThat(oig.json().at("/correctiveAction/mapUpdateCadence").asText()).isEqualTo("EVERY_90_DAYS_OIG");
    }

    @Test
    void aClientThatSendsAComputedDateIsTold() {
        ObjectNode typed = changed("AuditGaoAuditClosed", set("/correctiveAction/mapsDueToAlo", "2025-12-01"));

        Api.Answer answer = api.post(AUDITS, AuditJson.bytes(typed));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("violations").get(0).path("pointer").asText()).isEqualTo("/correctiveAction/mapsDueToAlo");
        assertThat(answer.json().path("violations").get(0).path("code").asText()).isEqualTo("READ_ONLY_PROPERTY");
    }

    static List<SpecExamples.Example> auditExamples() {
        return SpecExamples.examplesOf("ExternalAudit");
    }

    @ParameterizedTest
    @MethodSource("auditExamples")
    void theValidationEndpointReportsExactlyTheViolationsEachExampleDeclares(SpecExamples.Example example) {
        Api.Answer answer = api.post("/v1/validations/external-audit", example.json());

        assertThat(answer.status()).isEqualTo(200);
        List<SpecExamples.Expected> found = new ArrayList<>();
        answer.json().path("violations").forEach(v -> found.add(new SpecExamples.Expected(
                v.path("pointer").asText(), v.path("rule").asText(), v.path("severity").asText())));
        assertThat(found).containsExactlyInAnyOrderElementsOf(example.expected());
        assertThat(answer.json().path("valid").asBoolean()).isEqualTo(!example.hasErrors());
    }

    @Test
    void anAuditIsNotClosedBecauseTheFinalReportWasIssued() {
        Api.Answer answer = api.post(AUDITS, SpecExamples.example("AuditInvalidClosedOnFinalReport").json());

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(violations(answer)).contains(Map.entry("/auditStatus", "AUDIT:R.5"));
    }

    @Test
    void theAuditMovesThroughThePhasesInOrder() {
        String id = api.post(AUDITS, SpecExamples.example("AuditAnnouncementOnly").json()).json().path("id").asText();

        Api.Answer skipped = replaceAsRead(AUDITS + "/" + id, AuditJson.bytes(changed("AuditAnnouncementOnly",
                set("/currentPhase", "FIELDWORK"))));
        assertThat(skipped.status()).isEqualTo(400);
        assertThat(skipped.json().path("violations").get(0).path("code").asText()).isEqualTo("PHASE_SKIPPED");
        // every obstacle at once: the skipped phase and the sections the phase reached would need
        assertThat(violations(skipped)).containsExactly(Map.entry("/currentPhase", "AUDIT:R.31"),
                Map.entry("/entranceConference", "AUDIT:R.31"), Map.entry("/fieldwork", "AUDIT:R.34"));

        ObjectNode entrance = changed("AuditAnnouncementOnly", set("/currentPhase", "ENTRANCE_CONFERENCE"),
                set("/personnel", List.of(Map.of("personId", "P-02", "name", Map.of("lastName", "Park", "firstName", "Jiwoo"),
                        "role", "OTHER"))),
                set("/entranceConference", Map.of("auditCoordinatorsNotified", List.of("P-02"),
                        "dateAuditCoordinatorsNotified", "2025-02-10")));
        assertThat(replaceAsRead(AUDITS + "/" + id, AuditJson.bytes(entrance)).status()).isEqualTo(400);
        ((ObjectNode) entrance.at("/personnel/0")).put("role", "ALO_PORTFOLIO_MANAGER");
        Api.Answer notCoordinator = replaceAsRead(AUDITS + "/" + id, AuditJson.bytes(entrance));
        assertThat(violations(notCoordinator)).containsExactly(Map.entry("/entranceConference/auditCoordinatorsNotified/0", "AUDIT:R.31"));
        ((ObjectNode) entrance.at("/personnel/0")).put("role", "AUDIT_COORDINATOR");
        ((ObjectNode) entrance.at("/personnel/0")).put("designatedBy", "P-02");
        ((ObjectNode) entrance.at("/personnel/0")).put("trainedOnAuditProcess", true).put("trainingDate", "2024-09-15");
        Api.Answer moved = replaceAsRead(AUDITS + "/" + id, AuditJson.bytes(entrance));
        assertThat(violations(moved)).containsExactly(Map.entry("/personnel/0/designatedBy", "AUDIT:R.16"));

        ((ObjectNode) entrance.at("/personnel/0")).remove("designatedBy");
        ((ObjectNode) entrance.at("/personnel/0")).put("role", "ALO_PORTFOLIO_MANAGER");
        ((ObjectNode) entrance.at("/entranceConference")).putArray("auditCoordinatorsNotified");
        assertThat(violations(replaceAsRead(AUDITS + "/" + id, AuditJson.bytes(entrance))))
                .containsExactly(Map.entry("/entranceConference/auditCoordinatorsNotified", "AUDIT:R.31"));

        Api.Answer back = replaceAsRead(AUDITS + "/" + id, AuditJson.bytes(changed("AuditAnnouncementOnly", set("/currentPhase", "ANNOUNCEMENT"))));
        assertThat(back.status()).isEqualTo(200);
    }

    @Test
    void aPhaseOnceEnteredIsNotLeftBackwardsAndClosureNeedsCorrectiveActionWhileRecommendationsAreOpen() {
        ObjectNode finalReport = changed("AuditInvalidClosedOnFinalReport", set("/auditStatus", "OPEN"));
        String id = api.post(AUDITS, AuditJson.bytes(finalReport)).json().path("id").asText();

        Api.Answer back = replaceAsRead(AUDITS + "/" + id, AuditJson.bytes(finalReport.deepCopy().put("currentPhase", "DRAFT_REPORT")));
        assertThat(back.status()).isEqualTo(400);
        // the move back, and (as warnings, with every answer of a refused change) the MAPs past due today
        assertThat(violations(back)).containsExactly(Map.entry("/currentPhase", "AUDIT:R.40"),
                Map.entry("/recommendations/0/open", "AUDIT:R.42"), Map.entry("/recommendations/1/open", "AUDIT:R.42"));

        ObjectNode closing = finalReport.deepCopy().put("currentPhase", "CLOSURE");
        closing.set("closure", SpecExamples.example("AuditGaoAuditClosed").value().get("closure"));
        Api.Answer closed = replaceAsRead(AUDITS + "/" + id, AuditJson.bytes(closing));
        assertThat(closed.status()).isEqualTo(400);
        assertThat(violations(closed)).contains(Map.entry("/currentPhase", "AUDIT:R.41"),
                Map.entry("/recommendations/0/open", "AUDIT:R.42"), Map.entry("/recommendations/1/open", "AUDIT:R.42"));

        Api.Answer corrective = replaceAsRead(AUDITS + "/" + id, AuditJson.bytes(finalReport.deepCopy().put("currentPhase", "CORRECTIVE_ACTION")
                .set("correctiveAction", SpecExamples.json().createObjectNode().put("correctiveActionRequired", true))));
        assertThat(corrective.status()).isEqualTo(200);
        List<String> warnings = new ArrayList<>();
        corrective.json().path("warnings").forEach(w -> warnings.add(w.path("pointer").asText() + " " + w.path("rule").asText()));
        assertThat(warnings).contains("/recommendations/0/open AUDIT:R.42", "/recommendations/1/open AUDIT:R.42");
        assertThat(corrective.json().at("/correctiveAction/mapsDueToAloOverdue").asBoolean()).isTrue();
    }

    @Test
    void theRulesOfTodayComeBackAsWarningsAndTheOverdueQueryListsEveryOverdueItem() {
        ObjectNode late = changed("AuditGaoAuditClosed", set("/patsTrackingNumber", "ALO-2025-0900"), set("/currentPhase", "CORRECTIVE_ACTION"),
                set("/auditStatus", "OPEN"), remove("/closure"), remove("/correctiveAction/completedDate"),
                set("/recommendations/0/open", true), remove("/recommendations/0/dateClosedByAuditor"),
                set("/recommendations/0/gaoStatus", "NOT_IMPLEMENTED"));
        Api.Answer created = api.post(AUDITS, AuditJson.bytes(late));
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().path("id").asText();
        List<String> warnings = new ArrayList<>();
        created.json().path("warnings").forEach(w -> warnings.add(w.path("pointer").asText() + " " + w.path("rule").asText()));
        assertThat(warnings).containsExactly("/missionActionPlans/2/dateSubmittedToEntity AUDIT:R.45");
        assertThat(created.json().at("/missionActionPlans/2/updateOverdue").asBoolean()).isTrue();

        ObjectNode oig = changed("AuditOigInspectionClosed", set("/currentPhase", "CORRECTIVE_ACTION"), set("/auditStatus", "OPEN"),
                remove("/closure"), set("/recommendations/0/open", true), remove("/recommendations/0/dateClosedByAuditor"),
                set("/recommendations/0/oigStatus", "UNRESOLVED_AND_OPEN"));
        List<String> oigWarnings = new ArrayList<>();
        api.post(AUDITS, AuditJson.bytes(oig)).json().path("warnings")
                .forEach(w -> oigWarnings.add(w.path("pointer").asText() + " " + w.path("rule").asText()));
        assertThat(oigWarnings).contains("/recommendations/0/oigStatus AUDIT:R.14", "/missionActionPlans/1/dateSubmittedToEntity AUDIT:R.45");

        JsonNode overdue = api.get(AUDITS + "/overdue-items").json();
        List<String> mine = new ArrayList<>();
        overdue.path("items").forEach(item -> {
            if (item.path("auditId").asText().equals(id)) {
                mine.add(item.path("kind").asText() + " " + item.path("pointer").asText() + " " + item.path("dueDate").asText());
            }
        });
        assertThat(mine).containsExactlyInAnyOrder(
                "MAP_UPDATE /missionActionPlans/2/nextUpdateDue 2026-11-08",
                "FULL_IMPLEMENTATION /correctiveAction/fullImplementationTarget 2026-09-15");
        assertThat(overdue.path("asOf").asText()).isNotBlank();
    }

    @Test
    void anEntryChangedOnAStaleReadOfItsAuditIsRefusedAndChangesNothing() {
        String id = api.post(AUDITS, SpecExamples.example("AuditAnnouncementOnly").json()).json().path("id").asText();
        String requests = AUDITS + "/" + id + "/information-requests";
        JsonNode request = SpecExamples.example("AuditGaoAuditClosed").value().at("/informationRequests/0");
        Api.Answer added = api.post(requests, AuditJson.bytes(copy(request)));
        assertThat(added.header("ETag")).isEqualTo(api.get(AUDITS + "/" + id).header("ETag"));

        Api.Answer read = api.get(requests + "/F-1");
        assertThat(read.header("ETag")).isEqualTo(added.header("ETag"));
        Api.Answer other = api.put(requests + "/F-1", read.header("ETag"),
                AuditJson.bytes(copy(request).put("status", "IN_PROGRESS")));
        assertThat(other.status()).isEqualTo(200);
        assertThat(other.header("ETag")).isNotEqualTo(read.header("ETag"));

        Api.Answer stale = api.put(requests + "/F-1", read.header("ETag"), AuditJson.bytes(copy(request).put("status", "ANSWERED")));
        assertThat(stale.status()).isEqualTo(412);
        Api.Answer staleAdd = api.post(requests, read.header("ETag"), AuditJson.bytes(copy(request).put("requestId", "F-2")));
        assertThat(staleAdd.status()).isEqualTo(412);
        assertThat(api.get(requests).json().findValuesAsText("status")).containsExactly("IN_PROGRESS");

        Api.Answer newest = api.put(requests + "/F-1", null, AuditJson.bytes(copy(request).put("status", "ANSWERED")));
        assertThat(newest.status()).as("without If-Match the entry applies to the newest audit").isEqualTo(200);
        assertThat(api.get(requests + "/F-1").json().path("status").asText()).isEqualTo("ANSWERED");
        assertThat(api.put(requests + "/F-1", " ", AuditJson.bytes(copy(request).put("status", "WITHDRAWN"))).status())
                .as("an empty If-Match states no version").isEqualTo(200);
    }

    @Test
    void anEntryChangeMayListSeveralETagsOfItsAudit() {
        String id = api.post(AUDITS, SpecExamples.example("AuditAnnouncementOnly").json()).json().path("id").asText();
        String requests = AUDITS + "/" + id + "/information-requests";
        JsonNode request = SpecExamples.example("AuditGaoAuditClosed").value().at("/informationRequests/0");
        String etag = api.post(requests, AuditJson.bytes(copy(request))).header("ETag");

        assertThat(api.put(requests + "/F-1", "\"998\", \"999\"", AuditJson.bytes(copy(request).put("status", "ANSWERED")))
                .status()).isEqualTo(412);
        Api.Answer listed = api.put(requests + "/F-1", "\"999\", " + etag, AuditJson.bytes(copy(request).put("status", "ANSWERED")));
        assertThat(listed.status()).isEqualTo(200);
        assertThat(api.get(requests + "/F-1").json().path("status").asText()).isEqualTo("ANSWERED");
    }

    @Test
    void entriesAddedToOneAuditAtTheSameTimeAreAllStored() throws Exception {
        String id = api.post(AUDITS, SpecExamples.example("AuditAnnouncementOnly").json()).json().path("id").asText();
        String requests = AUDITS + "/" + id + "/information-requests";
        JsonNode request = SpecExamples.example("AuditGaoAuditClosed").value().at("/informationRequests/0");
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Integer>> statuses = new ArrayList<>();
        try {
            for (int i = 1; i <= writers; i++) {
                byte[] body = AuditJson.bytes(copy(request).put("requestId", "F-" + i));
                statuses.add(pool.submit(() -> api.post(requests, body).status()));
            }
            for (Future<Integer> status : statuses) {
                assertThat(status.get(60, TimeUnit.SECONDS)).isEqualTo(201);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(api.get(requests).json().findValuesAsText("requestId"))
                .containsExactlyInAnyOrder("F-1", "F-2", "F-3", "F-4", "F-5", "F-6", "F-7", "F-8");
    }

    @Test
    void informationRequestsResponsesRecommendationsAndMapsAreSubResources() {
        String id = api.post(AUDITS, SpecExamples.example("AuditAnnouncementOnly").json()).json().path("id").asText();
        String requests = AUDITS + "/" + id + "/information-requests";
        JsonNode gao = SpecExamples.example("AuditGaoAuditClosed").value();

        ObjectNode verbal = copy(gao.at("/informationRequests/1"));
        verbal.remove(List.of("confirmedByEmail", "duplicateOf"));
        Api.Answer unconfirmed = api.post(requests, AuditJson.bytes(verbal));
        assertThat(unconfirmed.status()).isEqualTo(400);
        assertThat(violations(unconfirmed)).containsExactly(Map.entry("/informationRequests/0/confirmedByEmail", "AUDIT:R.26"));

        Api.Answer added = api.post(requests, AuditJson.bytes(copy(gao.at("/informationRequests/0"))));
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.header("Location")).isEqualTo(requests + "/F-1");
        assertThat(added.json()).isEqualTo(gao.at("/informationRequests/0"));
        assertThat(api.post(requests, AuditJson.bytes(copy(gao.at("/informationRequests/0")))).status()).isEqualTo(400);

        ObjectNode answered = copy(gao.at("/informationRequests/0")).put("status", "IN_PROGRESS");
        assertThat(replaceAsRead(requests + "/F-1", AuditJson.bytes(answered)).json().path("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(api.get(requests + "/F-1").json()).isEqualTo(answered);
        assertThat(api.get(requests).json()).hasSize(1);
        assertThat(api.get(requests + "/F-9").status()).isEqualTo(404);

        ObjectNode response = copy(gao.at("/responses/1")).put("respondsToId", "F-1").put("copyToAlo", false);
        Api.Answer uncopied = api.post(AUDITS + "/" + id + "/responses", AuditJson.bytes(response));
        assertThat(violations(uncopied)).containsExactly(Map.entry("/responses/0/copyToAlo", "AUDIT:R.33"));
        response.put("copyToAlo", true);
        assertThat(api.post(AUDITS + "/" + id + "/responses", AuditJson.bytes(response)).status()).isEqualTo(201);
        assertThat(api.get(AUDITS + "/" + id + "/responses/S-2").json()).isEqualTo(response);
        assertThat(api.get(AUDITS + "/" + id).json().at("/responses/0/responseId").asText()).isEqualTo("S-2");

        String late = api.post(AUDITS, AuditJson.bytes(changed("AuditGaoAuditClosed", set("/patsTrackingNumber", "ALO-2025-0901"),
                set("/currentPhase", "CORRECTIVE_ACTION"), set("/auditStatus", "OPEN"), remove("/closure"),
                remove("/missionActionPlans")))).json().path("id").asText();
        String recommendations = AUDITS + "/" + late + "/recommendations";
        ObjectNode reopened = copy(gao.at("/recommendations/0")).put("open", true).put("gaoStatus", "NOT_IMPLEMENTED");
        reopened.remove("dateClosedByAuditor");
        Api.Answer recommendation = replaceAsRead(recommendations + "/1", AuditJson.bytes(reopened));
        assertThat(recommendation.status()).isEqualTo(200);
        assertThat(api.get(recommendations).json().get(0).path("open").asBoolean()).isTrue();

        Api.Answer map = api.post(AUDITS + "/" + late + "/mission-action-plans", AuditJson.bytes(copy(gao.at("/missionActionPlans/0"))));
        assertThat(map.status()).isEqualTo(201);
        assertThat(map.json().path("dueToAlo").asText()).isEqualTo("2025-10-30");
        assertThat(map.json().path("nextUpdateDue").asText()).isEqualTo("2026-05-10");
        ObjectNode vetted = copy(gao.at("/missionActionPlans/0")).put("dateVettedByLeadership", "2025-11-11");
        Api.Answer unvetted = replaceAsRead(AUDITS + "/" + late + "/mission-action-plans/MAP-1", AuditJson.bytes(vetted));
        assertThat(unvetted.status()).isEqualTo(400);
        assertThat(violations(unvetted)).containsExactlyInAnyOrder(
                Map.entry("/missionActionPlans/0/dateSubmittedToEntity", "AUDIT:R.44"),
                Map.entry("/missionActionPlans/0/dateSubmittedToEntity", "AUDIT:R.45"));
        assertThat(api.get(AUDITS + "/" + late + "/mission-action-plans").json()).hasSize(1);
        assertThat(api.get(AUDITS + "/" + late + "/mission-action-plans/MAP-1").json().path("dateVettedByLeadership").asText())
                .isEqualTo("2025-10-30");
    }

    private static List<Map.Entry<String, String>> violations(Api.Answer answer) {
        List<Map.Entry<String, String>> found = new ArrayList<>();
        answer.json().path("violations").forEach(v -> found.add(Map.entry(v.path("pointer").asText(), v.path("rule").asText())));
        return found;
    }

    private static ObjectNode copy(JsonNode node) {
        return (ObjectNode) node.deepCopy();
    }

    /** The stored audit without what the server sets or computes. */
    private static JsonNode withoutServerProperties(JsonNode stored) {
        ObjectNode copy = stored.deepCopy();
        copy.remove(SERVER_SET);
        ((ObjectNode) copy.get("draftReport")).remove(List.of("commentDueDate", "commentsOverdue", "commentsDaysLate"));
        ((ObjectNode) copy.get("correctiveAction")).remove(List.of("mapsDueToAlo", "mapsDueToAloOverdue", "mapsDueToEntity",
                "mapsDueToEntityOverdue", "fullImplementationTarget", "fullImplementationOverdue", "fullImplementationDaysLate",
                "mapUpdateCadence"));
        copy.get("missionActionPlans").forEach(map -> ((ObjectNode) map).remove(List.of("dueToAlo", "dueToAloOverdue",
                "daysLateToAlo", "dueToEntity", "dueToEntityOverdue", "daysLateToEntity", "nextUpdateDue", "updateOverdue")));
        return copy;
    }

    /** A replace as a client makes it: with the ETag of the audit as last read. */
    private Api.Answer replaceAsRead(String path, byte[] body) {
        return api.put(path, api.get(path).header("ETag"), body);
    }
}
