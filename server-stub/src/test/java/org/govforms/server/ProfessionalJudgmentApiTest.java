package org.govforms.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.govforms.domain.SpecExamples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * FAFSA professional-judgment records and institution policies over real HTTP, with the server's clock
 * fixed at 2023-11-15 so the 60-day rules and the computed properties can be checked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProfessionalJudgmentApiTest {

    private static final String RECORDS = "/v1/professional-judgment-records";
    private static final String POLICIES = "/v1/professional-judgment-policies";
    private static final List<String> SERVER_SET = List.of("id", "createdAt", "updatedAt", "warnings",
            "determinationOfIndependenceDueDate", "determinationOfIndependenceOverdue");

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(Instant.parse("2023-11-15T12:00:00Z"), ZoneOffset.UTC);
        }
    }

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port, Api.DEV_KEY);
    }

    static List<SpecExamples.Example> validRecords() {
        return SpecExamples.examples("FafsaPj").stream()
                .filter(example -> !example.hasErrors() && !example.name().contains("Policy")).toList();
    }

    static List<SpecExamples.Example> recordExamples() {
        return SpecExamples.examples("FafsaPj").stream().filter(example -> !example.name().contains("Policy")).toList();
    }

    @ParameterizedTest
    @MethodSource("validRecords")
    void everyCompleteRecordIsStoredReadAndListedUnchanged(SpecExamples.Example example) {
        Api.Answer created = api.post(RECORDS, example.json());

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode stored = created.json();
        String id = stored.path("id").asText();
        assertThat(created.header("Location")).isEqualTo(RECORDS + "/" + id);
        assertThat(withoutComputed(stored)).isEqualTo(example.value());
        assertThat(api.get(RECORDS + "/" + id).json()).isEqualTo(stored);
        String student = example.value().path("student").path("studentIdentifier").asText();
        assertThat(ids(api.get(RECORDS + "?studentIdentifier=" + student + "&pageSize=100").json())).contains(id);
    }

    @Test
    void theServerComputesTheDeadlinesFromItsOwnDates() {
        JsonNode homeless = api.post(RECORDS, SpecExamples.example("FafsaPjCompleteHomelessYouth").json()).json();
        assertThat(homeless.path("determinationOfIndependenceDueDate").asText()).isEqualTo("2023-10-27");
        assertThat(homeless.path("determinationOfIndependenceOverdue").asBoolean()).isFalse();
        assertThat(homeless.path("determinations").get(0).path("daysFromEnrollmentToDetermination").asInt()).isEqualTo(-14);
        assertThat(homeless.path("renewal").path("presumedIndependent").asBoolean()).isFalse();

        JsonNode special = api.post(RECORDS, SpecExamples.example("FafsaPjCompleteSpecialCircumstance").json()).json();
        assertThat(special.path("retention").path("retentionClockStart").asText()).isEqualTo("2024-05-10");
        assertThat(special.path("retention").path("retainUntil").asText()).isEqualTo("2027-05-10");
        assertThat(special.has("determinationOfIndependenceDueDate")).isFalse();

        JsonNode disaster = api.post(RECORDS, SpecExamples.example("FafsaPjCompleteDisasterUnemployment").json()).json();
        assertThat(disaster.path("unemploymentAdjustments").findValuesAsText("evidenceAgeAtSubmissionDays"))
                .containsExactly("80", "139");
    }

    @Test
    void aDateWhoseDeadlineWouldPassTheYear9999IsRefusedAndTheStoredRecordKept() {
        Api.Answer created = api.post(RECORDS, SpecExamples.example("FafsaPjCompleteSpecialCircumstance").json());
        String path = RECORDS + "/" + created.json().path("id").asText();
        ObjectNode farFuture = SpecExamples.example("FafsaPjCompleteSpecialCircumstance").copy();
        ((ObjectNode) farFuture.get("student")).put("lastTermEndDate", "9999-12-31");

        Api.Answer replaced = api.put(path, created.header("ETag"), bytes(farFuture));

        assertThat(replaced.status()).as(replaced.body()).isEqualTo(400);
        assertThat(replaced.body()).doesNotContain("9999");
        assertThat(replaced.json().path("violations")).singleElement().satisfies(v -> {
            assertThat(v.path("pointer").asText()).isEqualTo("/student/lastTermEndDate");
            assertThat(v.path("rule").asText()).isEqualTo("schema:dateRange");
            assertThat(v.path("code").asText()).isEqualTo("DATE_OUT_OF_RANGE");
            assertThat(v.path("formItem").asText()).isNotBlank();
        });
        assertThat(api.get(path).json().path("retention").path("retainUntil").asText()).isEqualTo("2027-05-10");
    }

    @Test
    void anUndecidedRequestForIndependenceIsOverdueAndReportedButStored() {
        ObjectNode pending = SpecExamples.example("FafsaPjCompleteHomelessYouth").copy();
        ((ObjectNode) pending.get("student")).put("studentIdentifier", "S0090001");
        pending.remove("determinations");
        ((ObjectNode) pending.get("requests").get(0)).put("status", "UNDER_REVIEW");

        Api.Answer answer = api.post(RECORDS, bytes(pending));

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.json().path("determinationOfIndependenceOverdue").asBoolean()).isTrue();
        assertThat(answer.json().path("warnings")).singleElement().satisfies(w -> {
            assertThat(w.path("pointer").asText()).isEqualTo("/requests/0/status");
            assertThat(w.path("formItem").asText()).isEqualTo("FAFSA-PJ:Q.16");
            assertThat(w.path("rule").asText()).isEqualTo("FAFSA-PJ:R.17");
            assertThat(w.path("severity").asText()).isEqualTo("warning");
        });
    }

    @Test
    void aDenialForMissingDocumentsBeforeSixtyDaysIsRejected() {
        ObjectNode denied = SpecExamples.example("FafsaPjCompleteFosterCareYouth").copy();
        ObjectNode requested = (ObjectNode) denied.get("documentation").get(0);
        requested.put("reviewStatus", "NOT_PROVIDED").put("dateRequested", "2023-07-12").remove("dateReceived");
        ObjectNode statement = denied.withArray("documentation").addObject()
                .put("documentationId", "DOC-2").put("requestId", "REQ-1").put("purpose", "FOSTER_CARE_YOUTH")
                .put("kind", "STUDENT_WRITTEN_STATEMENT").put("providedAs", "WRITTEN_STATEMENT")
                .put("dateReceived", "2023-07-11").put("conflictingInformation", false).put("reviewStatus", "ACCEPTED")
                .put("storageLocation", "Imaging system");
        statement.putArray("substantiates").add("STUDENT");
        ObjectNode determination = (ObjectNode) denied.get("determinations").get(0);
        determination.put("outcome", "DENIED").put("dependencyStatus", "DEPENDENT")
                .put("denialReason", "DOCUMENTATION_NOT_PROVIDED_WITHIN_60_DAYS").put("determinationDate", "2023-08-01")
                .putArray("documentationRelied").add("DOC-2");
        ((ObjectNode) denied.get("notices").get(0)).put("dependencyStatus", "DEPENDENT").put("dateSent", "2023-08-02");

        Api.Answer answer = api.post(RECORDS, bytes(denied));

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(violations(answer)).containsExactly("/determinations/0/denialReason FAFSA-PJ:X.4 FAFSA-PJ:R.17");
    }

    @Test
    void aRenewalIsPresumedIndependentOnlyOnAPriorYearsOverrideAtTheSameInstitution() {
        ObjectNode prior = SpecExamples.example("FafsaPjCompleteUnusualCircumstanceOverride").copy();
        ((ObjectNode) prior.get("student")).put("studentIdentifier", "S0090002");
        String priorId = api.post(RECORDS, bytes(prior)).json().path("id").asText();

        ObjectNode renewal = SpecExamples.example("FafsaPjMinimalSpecialCircumstance").copy();
        ((ObjectNode) renewal.get("student")).put("studentIdentifier", "S0090002").put("awardYear", "2025-26");
        renewal.putObject("renewal").put("priorFinalDeterminationOfIndependence", true)
                .put("priorDeterminationAwardYear", "2024-25").put("priorDeterminationRecordId", priorId)
                .put("changeInCircumstancesReported", false).put("conflictingInformationHeld", false);
        Api.Answer presumed = api.post(RECORDS, bytes(renewal));
        assertThat(presumed.status()).as(presumed.body()).isEqualTo(201);
        assertThat(presumed.json().path("renewal").path("presumedIndependent").asBoolean()).isTrue();

        ((ObjectNode) renewal.get("student")).put("studentIdentifier", "S0090003");
        Api.Answer unknown = api.post(RECORDS, bytes(renewal));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(violations(unknown)).containsExactly(
                "/renewal/priorFinalDeterminationOfIndependence FAFSA-PJ:N.1 FAFSA-PJ:R.14");

        ((ObjectNode) renewal.get("student")).put("studentIdentifier", "S0090002");
        ((ObjectNode) renewal.get("renewal")).removeAll().put("priorFinalDeterminationOfIndependence", false);
        Api.Answer unclaimed = api.post(RECORDS, bytes(renewal));
        assertThat(unclaimed.status()).isEqualTo(201);
        assertThat(unclaimed.json().path("warnings")).singleElement()
                .satisfies(w -> assertThat(w.path("rule").asText()).isEqualTo("FAFSA-PJ:R.14"));
    }

    @Test
    void theInstitutionPolicyLimitsLicenseAttempts() {
        ObjectNode policy = SpecExamples.example("FafsaPjCompletePolicy").copy().put("federalSchoolCode", "007777");
        assertThat(api.post(POLICIES, bytes(policy)).status()).isEqualTo(201);
        ObjectNode record = SpecExamples.example("FafsaPjCompleteSpecialCircumstance").copy();
        ((ObjectNode) record.get("student")).put("federalSchoolCode", "007777");
        ((ObjectNode) record.get("costOfAttendance")).put("licensureAttempts", 3);

        Api.Answer answer = api.post(RECORDS, bytes(record));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(violations(answer)).containsExactly("/costOfAttendance/licensureAttempts FAFSA-PJ:C.40 FAFSA-PJ:R.47");
    }

    @ParameterizedTest
    @MethodSource("recordExamples")
    void theValidationEndpointReportsExactlyTheViolationsEachExampleDeclares(SpecExamples.Example example) {
        Api.Answer answer = api.post("/v1/validations/professional-judgment-record", example.json());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("valid").asBoolean()).isEqualTo(!example.hasErrors());
        List<SpecExamples.Expected> reported = new ArrayList<>();
        answer.json().path("violations").forEach(v -> reported.add(new SpecExamples.Expected(
                v.path("pointer").asText(), v.path("rule").asText(), v.path("severity").asText())));
        assertThat(reported).containsExactlyInAnyOrderElementsOf(example.expected());
    }

    @Test
    void anInvalidRecordIsRejectedWithEveryPlaceAndNothingIsStored() {
        Api.Answer answer = api.post(RECORDS, SpecExamples.example("FafsaPjInvalidConfinedBudget").json());

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(violations(answer)).containsExactlyInAnyOrder(
                "/costOfAttendance/housingAllowance FAFSA-PJ:C.14 FAFSA-PJ:R.49",
                "/costOfAttendance/transportation FAFSA-PJ:C.9 FAFSA-PJ:R.49");
        assertThat(ids(api.get(RECORDS + "?studentIdentifier=S0080101").json())).isEmpty();
        assertThat(answer.body()).doesNotContain("Penrose", "3000");
    }

    @Test
    void aClientCannotSendWhatTheServerComputes() {
        ObjectNode record = SpecExamples.example("FafsaPjCompleteHomelessYouth").copy();
        record.put("determinationOfIndependenceOverdue", false);
        ((ObjectNode) record.get("determinations").get(0)).put("daysFromEnrollmentToDetermination", 3);

        Api.Answer answer = api.post(RECORDS, bytes(record));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().findValuesAsText("code")).containsOnly("READ_ONLY_PROPERTY");
        assertThat(answer.json().findValuesAsText("pointer")).containsExactlyInAnyOrder(
                "/determinationOfIndependenceOverdue", "/determinations/0/daysFromEnrollmentToDetermination");
    }

    @Test
    void recordsAreFoundByStudentInstitutionAndAwardYearAcrossPages() {
        for (String year : List.of("2023-24", "2024-25", "2023-24")) {
            ObjectNode record = SpecExamples.example("FafsaPjMinimalSpecialCircumstance").copy();
            ((ObjectNode) record.get("student")).put("studentIdentifier", "S0095555").put("awardYear", year);
            assertThat(api.post(RECORDS, bytes(record)).status()).isEqualTo(201);
        }
        ObjectNode elsewhere = SpecExamples.example("FafsaPjMinimalSpecialCircumstance").copy();
        ((ObjectNode) elsewhere.get("student")).put("studentIdentifier", "S0095555").put("federalSchoolCode", "B01234");
        assertThat(api.post(RECORDS, bytes(elsewhere)).status()).isEqualTo(201);

        assertThat(ids(api.get(RECORDS + "?studentIdentifier=S0095555&pageSize=100").json())).hasSize(4);
        assertThat(ids(api.get(RECORDS + "?studentIdentifier=S0095555&federalSchoolCode=B01234").json())).hasSize(1);
        JsonNode firstPage = api.get(RECORDS + "?studentIdentifier=S0095555&federalSchoolCode=003456&awardYear=2023-24&pageSize=1").json();
        assertThat(ids(firstPage)).hasSize(1);
        JsonNode secondPage = api.get(RECORDS + "?studentIdentifier=S0095555&federalSchoolCode=003456&awardYear=2023-24&pageSize=1&pageToken="
                + firstPage.path("nextPageToken").asText()).json();
        assertThat(ids(secondPage)).hasSize(1).doesNotContainAnyElementsOf(ids(firstPage));
        assertThat(secondPage.has("nextPageToken")).isFalse();
        assertThat(api.get(RECORDS + "?awardYear=2023").status()).isEqualTo(400);
    }

    @Test
    void institutionPoliciesAreStoredFoundReplacedAndValidated() {
        ObjectNode policy = SpecExamples.example("FafsaPjCompletePolicy").copy().put("federalSchoolCode", "008888");
        Api.Answer created = api.post(POLICIES, bytes(policy));
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().path("id").asText();
        assertThat(created.header("Location")).isEqualTo(POLICIES + "/" + id);
        ObjectNode stored = created.json().deepCopy();
        stored.remove(List.of("id", "createdAt", "updatedAt"));
        assertThat((JsonNode) stored).isEqualTo(policy);

        assertThat(ids(api.get(POLICIES + "?federalSchoolCode=008888&awardYear=2023-24").json())).containsExactly(id);
        assertThat(ids(api.get(POLICIES + "?federalSchoolCode=008888&awardYear=2024-25").json())).isEmpty();

        Api.Answer replaced = api.put(POLICIES + "/" + id, created.header("ETag"),
                bytes(policy.put("reviewTimeline", "Within 21 days")));
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(api.get(POLICIES + "/" + id).json().path("reviewTimeline").asText()).isEqualTo("Within 21 days");

        Api.Answer invalid = api.post("/v1/validations/professional-judgment-policy",
                SpecExamples.example("FafsaPjInvalidPolicyDisclosures").json());
        assertThat(invalid.json().path("valid").asBoolean()).isFalse();
        assertThat(invalid.json().path("violations").findValuesAsText("rule"))
                .containsExactlyInAnyOrder("FAFSA-PJ:R.54", "FAFSA-PJ:R.37", "FAFSA-PJ:R.37");
        Api.Answer rejected = api.post(POLICIES, SpecExamples.example("FafsaPjInvalidPolicyDisclosures").json());
        assertThat(rejected.status()).isEqualTo(400);
    }

    @Test
    void aTenantNeverSeesAnotherTenantsRecords() {
        String id = api.post(RECORDS, SpecExamples.example("FafsaPjMinimalSpecialCircumstance").json()).json().path("id").asText();
        Api anonymous = new Api(port, null);
        assertThat(anonymous.get(RECORDS + "/" + id).status()).isEqualTo(401);
        assertThat(api.get(RECORDS + "/" + java.util.UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void theRuleCatalogueServesEveryFafsaRule() {
        JsonNode rules = api.get("/v1/rules?family=FAFSA-PJ").json().path("rules");
        assertThat(rules.size()).isEqualTo(58);
        assertThat(rules.findValuesAsText("check")).contains("record", "context", "guidance");
    }

    private static JsonNode withoutComputed(JsonNode stored) {
        ObjectNode copy = stored.deepCopy();
        copy.remove(SERVER_SET);
        copy.path("determinations").forEach(d -> ((ObjectNode) d).remove("daysFromEnrollmentToDetermination"));
        copy.path("unemploymentAdjustments").forEach(e -> ((ObjectNode) e).remove("evidenceAgeAtSubmissionDays"));
        if (copy.has("renewal")) {
            ((ObjectNode) copy.get("renewal")).remove("presumedIndependent");
        }
        if (copy.has("retention")) {
            ((ObjectNode) copy.get("retention")).remove(List.of("retentionClockStart", "retainUntil"));
        }
        return copy;
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    private static List<String> violations(Api.Answer answer) {
        List<String> violations = new ArrayList<>();
        answer.json().path("violations").forEach(v -> violations.add(
                v.path("pointer").asText() + " " + v.path("formItem").asText() + " " + v.path("rule").asText()));
        return violations;
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return SpecExamples.json().writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
