package org.govforms.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.govforms.domain.SpecExamples;
import org.govforms.domain.audit.AuditJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govforms.domain.audit.AuditJson.changed;
import static org.govforms.domain.audit.AuditJson.remove;
import static org.govforms.domain.audit.AuditJson.set;

/**
 * Records that stay true over time, over real HTTP: every read carries the warnings of now (for the record, the
 * records it depends on and today's date), a change to a parent is checked against its stored children, the
 * overdue list holds only what is not done, and a refused change names every obstacle at once. Run on the embedded
 * H2 default and on PostgreSQL (the subclasses).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(RecordsOverTimeApiTest.ServerClock.class)
abstract class RecordsOverTimeApiTest {

    private static final String I914 = "/v1/i914-applications";
    private static final String AUDITS = "/v1/external-audits";
    private static final MovableClock CLOCK = new MovableClock(Instant.parse("2026-11-25T12:00:00Z"));

    @TestConfiguration
    static class ServerClock {
        @Bean
        @Primary
        MovableClock movableClock() {
            return CLOCK;
        }
    }

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port, Api.DEV_KEY);
        CLOCK.set("2026-11-25");
    }

    @Test
    void fileASupplementAGoesAwayOnTheNextReadOnceOneIsFiled() {
        ObjectNode application = SpecExamples.example("I914ApplicationComplete").copy();
        ((ObjectNode) application.get("eligibility")).put("applyingForFamilyMembersNow", true);
        Api.Answer created = api.post(I914, application.toString());
        assertThat(created.status()).isEqualTo(201);
        String path = I914 + "/" + created.json().path("id").asText();
        assertThat(codes(created.json())).contains("I-914:R.20 SUPPLEMENT_A_NOT_FILED");

        assertThat(api.post(path + "/derivatives", SpecExamples.example("I914DerivativeComplete").json()).status()).isEqualTo(201);

        assertThat(codes(api.get(path).json())).doesNotContain("I-914:R.20 SUPPLEMENT_A_NOT_FILED");
        JsonNode listed = itemWithId(api.get(I914 + "?pageSize=100").json(), created.json().path("id").asText());
        assertThat(codes(listed)).doesNotContain("I-914:R.20 SUPPLEMENT_A_NOT_FILED");
    }

    @Test
    void correctingThePrincipalsDateOfBirthUnderAStoredParentsSupplementIsRefusedNamingTheSupplement() {
        Api.Answer created = api.post(I914, SpecExamples.example("I914ApplicationComplete").json());
        String path = I914 + "/" + created.json().path("id").asText();
        ObjectNode parent = SpecExamples.example("I914DerivativeComplete").copy().put("relationshipToPrincipal", "PARENT");
        Api.Answer supplement = api.post(path + "/derivatives", parent.toString());
        assertThat(supplement.status()).isEqualTo(201);
        String supplementPath = path + "/derivatives/" + supplement.json().path("id").asText();
        assertThat(codes(supplement.json())).doesNotContain("I-914-SA:R.3 PRESENT_DANGER_DECIDED_BY_USCIS");

        // 21 at filing (signed 2026-01-15): the stored supplement names the principal born 2006-02-14
        ObjectNode corrected = editable(api.get(path).json());
        ((ObjectNode) corrected.get("applicant")).put("dateOfBirth", "2004-01-10");
        Api.Answer refused = api.put(path, api.get(path).header("ETag"), bytes(corrected));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("violations")).anySatisfy(violation -> {
            assertThat(violation.path("recordPath").asText()).isEqualTo(supplementPath);
            assertThat(violation.path("pointer").asText()).isEqualTo("/principal/dateOfBirth");
            assertThat(violation.path("code").asText()).isEqualTo("PRINCIPAL_DIFFERS_FROM_APPLICATION");
            assertThat(violation.path("severity").asText()).isEqualTo("error");
            assertThat(violation.toString()).doesNotContain("2004-01-10", "2006-02-14");
        });
        assertThat(api.get(path).json().at("/applicant/dateOfBirth").asText()).as("nothing changed").isEqualTo("2006-02-14");
        assertThat(codes(api.get(supplementPath).json())).doesNotContain("I-914-SA:R.1 PRINCIPAL_DIFFERS_FROM_APPLICATION");
    }

    @Test
    void aLaterFilingDateThatMakesAStoredChildTooOldIsRefusedNamingTheChildsSupplement() {
        Api.Answer created = api.post(I914, SpecExamples.example("I914ApplicationMinimal").json());
        assertThat(created.status()).isEqualTo(201);
        String path = I914 + "/" + created.json().path("id").asText();
        // 20 on the filing date 2026-02-01, 21 from 2026-03-01
        ObjectNode child = SpecExamples.example("I914DerivativeMinimal").copy();
        ((ObjectNode) child.get("familyMember")).put("dateOfBirth", "2005-03-01");
        Api.Answer stored = api.post(path + "/derivatives", child.toString());
        assertThat(stored.status()).isEqualTo(201);
        String childPath = path + "/derivatives/" + stored.json().path("id").asText();

        ObjectNode signedLater = editable(api.get(path).json());
        ((ObjectNode) signedLater.get("applicantStatement")).put("signatureDate", "2026-03-02");
        Api.Answer refused = api.put(path, api.get(path).header("ETag"), bytes(signedLater));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("violations")).anySatisfy(violation -> {
            assertThat(violation.path("recordPath").asText()).isEqualTo(childPath);
            assertThat(violation.path("pointer").asText()).isEqualTo("/familyMember/dateOfBirth");
            assertThat(violation.path("rule").asText()).isEqualTo("I-914-SA:R.25");
        });
        ((ObjectNode) signedLater.get("applicantStatement")).put("signatureDate", "2026-02-20");
        assertThat(api.put(path, api.get(path).header("ETag"), bytes(signedLater)).status())
                .as("a filing date on which the child is still 20").isEqualTo(200);
    }

    @Test
    void dateDrivenWarningsFollowTheDayOfTheReadNotTheDayOfTheWrite() {
        CLOCK.set("2026-01-10");
        Api.Answer created = api.post(AUDITS, AuditJson.bytes(gaoInCorrectiveAction("ALO-2025-0910")));
        assertThat(created.status()).isEqualTo(201);
        String path = AUDITS + "/" + created.json().path("id").asText();
        assertThat(codes(created.json())).as(created.json().path("warnings").toString()).doesNotContain("AUDIT:R.45 MAP_UPDATE_OVERDUE");

        CLOCK.set("2026-11-25");

        assertThat(codes(api.get(path).json())).contains("AUDIT:R.45 MAP_UPDATE_OVERDUE");
        JsonNode listed = itemWithId(api.get(AUDITS + "?pageSize=100").json(), created.json().path("id").asText());
        assertThat(codes(listed)).contains("AUDIT:R.45 MAP_UPDATE_OVERDUE");
        CLOCK.set("2026-01-10");
        assertThat(codes(api.get(path).json())).doesNotContain("AUDIT:R.45 MAP_UPDATE_OVERDUE");
    }

    @Test
    void anUndecidedRequestForIndependenceIsReportedOnTheFirstReadAfterSixtyDays() {
        ObjectNode pending = SpecExamples.example("FafsaPjCompleteHomelessYouth").copy();
        ((ObjectNode) pending.get("student")).put("studentIdentifier", "S0090777");
        pending.remove("determinations");
        ((ObjectNode) pending.get("requests").get(0)).put("status", "UNDER_REVIEW");
        CLOCK.set("2020-01-01");
        Api.Answer created = api.post("/v1/professional-judgment-records", pending.toString());
        assertThat(created.status()).isEqualTo(201);
        String path = "/v1/professional-judgment-records/" + created.json().path("id").asText();
        String due = created.json().path("determinationOfIndependenceDueDate").asText();
        assertThat(codes(created.json())).doesNotContain("FAFSA-PJ:R.17 DETERMINATION_PENDING_MORE_THAN_60_DAYS");

        CLOCK.set(java.time.LocalDate.parse(due).plusDays(1).toString());

        List<String> rules = new ArrayList<>();
        api.get(path).json().path("warnings").forEach(w -> rules.add(w.path("pointer").asText() + " " + w.path("rule").asText()));
        assertThat(rules).contains("/requests/0/status FAFSA-PJ:R.17");
        assertThat(api.get(path).json().path("determinationOfIndependenceOverdue").asBoolean()).isTrue();
    }

    @Test
    void aMapDoneLateLeavesTheOverdueListAndShowsItsLatenessOnTheAudit() {
        ObjectNode late = gaoInCorrectiveAction("ALO-2025-0911");
        set("/missionActionPlans/0/dateSubmittedToAlo", "2025-11-03").apply(late);
        set("/missionActionPlans/0/dateVettedByLeadership", "2025-11-10").apply(late);
        set("/missionActionPlans/0/dateSubmittedToEntity", "2025-11-20").apply(late);
        Api.Answer created = api.post(AUDITS, AuditJson.bytes(late));
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().path("id").asText();

        assertThat(created.json().at("/missionActionPlans/0/daysLateToAlo").asInt()).isEqualTo(4);
        assertThat(created.json().at("/missionActionPlans/0/daysLateToEntity").asInt()).isEqualTo(6);
        assertThat(created.json().at("/missionActionPlans/0/dueToEntity").asText()).isEqualTo("2025-11-14");
        assertThat(created.json().at("/missionActionPlans/0/dateSubmittedToEntity").asText()).isEqualTo("2025-11-20");
        assertThat(overdueOf(id)).noneMatch(item -> item.startsWith("MAP_SUBMISSION_TO_ENTITY") || item.startsWith("MAPS_TO"))
                .contains("MAP_UPDATE /missionActionPlans/2/nextUpdateDue 1");
    }

    @Test
    void everyMapItemOfTheOverdueListNamesItsRecommendation() {
        ObjectNode withoutMapsForTwo = gaoInCorrectiveAction("ALO-2025-0912");
        set("/recommendations/1/open", true).apply(withoutMapsForTwo);
        remove("/recommendations/1/dateClosedByAuditor").apply(withoutMapsForTwo);
        set("/recommendations/1/gaoStatus", "NOT_IMPLEMENTED").apply(withoutMapsForTwo);
        ArrayNode maps = (ArrayNode) withoutMapsForTwo.get("missionActionPlans");
        for (int i = maps.size() - 1; i >= 0; i--) {
            if (maps.get(i).path("recommendationNumber").asText().equals("2")) {
                maps.remove(i);
            }
        }
        Api.Answer created = api.post(AUDITS, AuditJson.bytes(withoutMapsForTwo));
        assertThat(created.status()).isEqualTo(201);

        assertThat(overdueOf(created.json().path("id").asText())).contains(
                "MAPS_TO_ALO /correctiveAction/mapsDueToAlo 2", "MAPS_TO_ENTITY /correctiveAction/mapsDueToEntity 2");
    }

    @Test
    void closingWithAResolvedOpenRecommendationAndNoMapNamesEveryObstacleAtOnce() {
        ObjectNode open = changed("AuditOigInspectionClosed", set("/patsTrackingNumber", "ALO-2025-0913"),
                set("/currentPhase", "CORRECTIVE_ACTION"), set("/auditStatus", "OPEN"), remove("/closure"),
                set("/recommendations/0/open", true), remove("/recommendations/0/dateClosedByAuditor"),
                set("/recommendations/0/oigStatus", "RESOLVED_AND_OPEN"), remove("/missionActionPlans"));
        Api.Answer created = api.post(AUDITS, AuditJson.bytes(open));
        assertThat(created.status()).isEqualTo(201);
        String path = AUDITS + "/" + created.json().path("id").asText();

        ObjectNode closing = open.deepCopy().put("currentPhase", "CLOSURE");
        closing.set("closure", SpecExamples.example("AuditOigInspectionClosed").value().get("closure"));
        Api.Answer refused = api.put(path, created.header("ETag"), AuditJson.bytes(closing));

        assertThat(refused.status()).isEqualTo(400);
        List<String> violations = new ArrayList<>();
        refused.json().path("violations").forEach(v -> violations.add(v.path("pointer").asText() + " " + v.path("rule").asText()));
        assertThat(violations).contains("/recommendations/0/open AUDIT:R.42", "/recommendations/0/open AUDIT:R.20");
    }

    @Test
    void aPolicyChangeThatWouldBreakAStoredRecordIsRefusedNamingIt() {
        String school = "G" + Long.toString(System.nanoTime() % 100000L + 100000L, 10).substring(1);
        ObjectNode record = SpecExamples.example("FafsaPjCompleteSpecialCircumstance").copy();
        JsonNode attempts = record.at("/costOfAttendance/licensureAttempts");
        if (attempts.isMissingNode() || attempts.asInt() < 1) {
            ((ObjectNode) record.get("costOfAttendance")).put("licensureAttempts", 2);
        }
        ((ObjectNode) record.get("student")).put("federalSchoolCode", school);
        Api.Answer stored = api.post("/v1/professional-judgment-records", record.toString());
        assertThat(stored.status()).isEqualTo(201);
        String recordPath = "/v1/professional-judgment-records/" + stored.json().path("id").asText();

        ObjectNode policy = SpecExamples.example("FafsaPjCompletePolicy").copy().put("federalSchoolCode", school)
                .put("awardYear", record.at("/student/awardYear").asText()).put("licensureAttemptLimit", 1);
        Api.Answer refused = api.post("/v1/professional-judgment-policies", policy.toString());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("violations")).anySatisfy(violation -> {
            assertThat(violation.path("recordPath").asText()).isEqualTo(recordPath);
            assertThat(violation.path("pointer").asText()).isEqualTo("/costOfAttendance/licensureAttempts");
            assertThat(violation.path("rule").asText()).isEqualTo("FAFSA-PJ:R.47");
        });
        policy.put("licensureAttemptLimit", 5);
        assertThat(api.post("/v1/professional-judgment-policies", policy.toString()).status()).isEqualTo(201);
    }

    @Test
    void aPriorYearsRecordThatALaterRecordClaimsIsNotChangedFromUnderIt() {
        ObjectNode prior = SpecExamples.example("FafsaPjCompleteUnusualCircumstanceOverride").copy();
        ((ObjectNode) prior.get("student")).put("studentIdentifier", "S0090778");
        Api.Answer storedPrior = api.post("/v1/professional-judgment-records", prior.toString());
        assertThat(storedPrior.status()).isEqualTo(201);
        String priorPath = "/v1/professional-judgment-records/" + storedPrior.json().path("id").asText();
        ObjectNode renewal = SpecExamples.example("FafsaPjMinimalSpecialCircumstance").copy();
        ((ObjectNode) renewal.get("student")).put("studentIdentifier", "S0090778").put("awardYear", "2025-26");
        renewal.putObject("renewal").put("priorFinalDeterminationOfIndependence", true)
                .put("priorDeterminationAwardYear", "2024-25").put("priorDeterminationRecordId", storedPrior.json().path("id").asText())
                .put("changeInCircumstancesReported", false).put("conflictingInformationHeld", false);
        Api.Answer claiming = api.post("/v1/professional-judgment-records", renewal.toString());
        assertThat(claiming.status()).as(claiming.body()).isEqualTo(201);

        // the prior record moved to another student: the renewal's claim would no longer be found
        ((ObjectNode) prior.get("student")).put("studentIdentifier", "S0090779");
        Api.Answer refused = api.put(priorPath, storedPrior.header("ETag"), bytes(prior));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("violations")).singleElement().satisfies(violation -> {
            assertThat(violation.path("recordPath").asText())
                    .isEqualTo("/v1/professional-judgment-records/" + claiming.json().path("id").asText());
            assertThat(violation.path("pointer").asText()).isEqualTo("/renewal/priorFinalDeterminationOfIndependence");
            assertThat(violation.path("rule").asText()).isEqualTo("FAFSA-PJ:R.14");
        });
        ((ObjectNode) prior.get("student")).put("studentIdentifier", "S0090778");
        assertThat(api.put(priorPath, storedPrior.header("ETag"), bytes(prior)).status()).as("an unbreaking change").isEqualTo(200);
    }

    /** The GAO audit back in corrective action: both recommendations open, released 2025-09-15. */
    private static ObjectNode gaoInCorrectiveAction(String trackingNumber) {
        return changed("AuditGaoAuditClosed", set("/patsTrackingNumber", trackingNumber), set("/currentPhase", "CORRECTIVE_ACTION"),
                set("/auditStatus", "OPEN"), remove("/closure"), remove("/correctiveAction/completedDate"),
                set("/recommendations/0/open", true), remove("/recommendations/0/dateClosedByAuditor"),
                set("/recommendations/0/gaoStatus", "NOT_IMPLEMENTED"));
    }

    private List<String> overdueOf(String auditId) {
        List<String> mine = new ArrayList<>();
        api.get(AUDITS + "/overdue-items").json().path("items").forEach(item -> {
            if (item.path("auditId").asText().equals(auditId)) {
                mine.add(item.path("kind").asText() + " " + item.path("pointer").asText() + " "
                        + item.path("recommendationNumber").asText(""));
            }
        });
        return mine;
    }

    private static List<String> codes(JsonNode record) {
        List<String> codes = new ArrayList<>();
        record.path("warnings").forEach(w -> codes.add(w.path("rule").asText() + " " + w.path("code").asText()));
        return codes;
    }

    private static JsonNode itemWithId(JsonNode page, String id) {
        for (JsonNode item : page.path("items")) {
            if (item.path("id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("not on the first page: " + id);
    }

    /** A record as read, without what the server sets, to send back changed. */
    private static ObjectNode editable(JsonNode read) {
        ObjectNode copy = read.deepCopy();
        copy.remove(List.of("id", "createdAt", "updatedAt", "warnings"));
        return copy;
    }

    private static byte[] bytes(JsonNode json) {
        return json.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
