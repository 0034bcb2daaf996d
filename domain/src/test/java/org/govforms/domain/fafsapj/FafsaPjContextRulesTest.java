package org.govforms.domain.fafsapj;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.govforms.model.ProfessionalJudgmentPolicy;
import org.govforms.model.ProfessionalJudgmentRecord;
import org.govforms.model.Violation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govforms.domain.fafsapj.FafsaPjTesting.example;
import static org.govforms.domain.fafsapj.FafsaPjTesting.record;
import static org.govforms.domain.fafsapj.FafsaPjTesting.row;

/** The rules that need other records, the institution's policy or today's date, as pure functions. */
class FafsaPjContextRulesTest {

    private static final UUID PRIOR_ID = UUID.fromString("6a1f0c3e-2b4d-4e5f-8a9b-0c1d2e3f4a5b");

    /** The 2024-25 override example as the student's earlier record, stored with an id. */
    private static ProfessionalJudgmentRecord priorOverride() {
        ObjectNode prior = example("FafsaPjCompleteUnusualCircumstanceOverride");
        prior.put("id", PRIOR_ID.toString());
        return record(prior);
    }

    /** A 2025-26 renewal record of the same student at the same institution. */
    private static ObjectNode renewal(boolean claimsPriorDetermination) {
        ObjectNode record = example("FafsaPjMinimalSpecialCircumstance");
        ((ObjectNode) record.get("student")).put("studentIdentifier", "S0051177").put("awardYear", "2025-26")
                .put("renewalApplicant", true);
        ObjectNode renewal = record.putObject("renewal").put("priorFinalDeterminationOfIndependence", claimsPriorDetermination);
        if (claimsPriorDetermination) {
            renewal.put("priorDeterminationAwardYear", "2024-25").put("priorDeterminationRecordId", PRIOR_ID.toString());
        }
        return record;
    }

    private static void assertOne(List<Violation> violations, String pointer, String formItem, String rule, String code,
                                  Violation.SeverityEnum severity) {
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.getPointer()).isEqualTo(pointer);
            assertThat(v.getFormItem()).isEqualTo(formItem);
            assertThat(v.getRule()).isEqualTo(rule);
            assertThat(v.getCode()).isEqualTo(code);
            assertThat(v.getSeverity()).isEqualTo(severity);
        });
    }

    @Test
    void r14_aClaimedPriorDeterminationMustBeAnEarlierGrantedOverrideAtThisInstitution() {
        assertThat(FafsaPjContextRules.renewalPresumption(record(renewal(true)), List.of(priorOverride()))).isEmpty();

        assertOne(FafsaPjContextRules.renewalPresumption(record(renewal(true)), List.of()),
                "/renewal/priorFinalDeterminationOfIndependence", "FAFSA-PJ:N.1", "FAFSA-PJ:R.14",
                "PRIOR_DETERMINATION_NOT_FOUND", Violation.SeverityEnum.ERROR);

        ObjectNode otherSchool = renewal(true);
        ((ObjectNode) otherSchool.get("student")).put("federalSchoolCode", "009999");
        assertThat(FafsaPjContextRules.renewalPresumption(record(otherSchool), List.of(priorOverride()))).hasSize(1);

        ObjectNode sameYear = renewal(true);
        ((ObjectNode) sameYear.get("student")).put("awardYear", "2024-25");
        assertThat(FafsaPjContextRules.renewalPresumption(record(sameYear), List.of(priorOverride()))).hasSize(1);

        ObjectNode deniedPrior = example("FafsaPjCompleteUnusualCircumstanceOverride").put("id", PRIOR_ID.toString());
        row(deniedPrior, "determinations", 0).put("outcome", "DENIED").put("dependencyStatus", "DEPENDENT");
        assertThat(FafsaPjContextRules.renewalPresumption(record(renewal(true)), List.of(record(deniedPrior)))).hasSize(1);
    }

    @Test
    void r14_anUnclaimedPriorDeterminationIsReportedAsThePresumption() {
        assertOne(FafsaPjContextRules.renewalPresumption(record(renewal(false)), List.of(priorOverride())),
                "/renewal/priorFinalDeterminationOfIndependence", "FAFSA-PJ:N.1", "FAFSA-PJ:R.14",
                "PRESUMED_INDEPENDENT_NOT_RECORDED", Violation.SeverityEnum.WARNING);

        ObjectNode noRenewalSection = renewal(false);
        noRenewalSection.remove("renewal");
        assertOne(FafsaPjContextRules.renewalPresumption(record(noRenewalSection), List.of(priorOverride())),
                "/renewal", "FAFSA-PJ:N", "FAFSA-PJ:R.14", "PRESUMED_INDEPENDENT_NOT_RECORDED", Violation.SeverityEnum.WARNING);

        assertThat(FafsaPjContextRules.renewalPresumption(record(renewal(false)), List.of())).isEmpty();
    }

    @Test
    void r17_aRequestForIndependenceUndecidedAfterSixtyDaysIsReportedNeverRejected() {
        ObjectNode pending = example("FafsaPjCompleteHomelessYouth");
        pending.remove("determinations");
        row(pending, "requests", 0).put("status", "UNDER_REVIEW");

        assertThat(FafsaPjContextRules.sixtyDayTimeframe(record(pending), LocalDate.parse("2023-10-01"))).isEmpty();
        assertOne(FafsaPjContextRules.sixtyDayTimeframe(record(pending), LocalDate.parse("2023-10-02")),
                "/requests/0/status", "FAFSA-PJ:Q.16", "FAFSA-PJ:R.17", "DETERMINATION_PENDING_MORE_THAN_60_DAYS",
                Violation.SeverityEnum.WARNING);

        row(pending, "requests", 0).put("status", "WITHDRAWN");
        assertThat(FafsaPjContextRules.sixtyDayTimeframe(record(pending), LocalDate.parse("2023-12-01"))).isEmpty();
    }

    @Test
    void r17_aDenialForMissingDocumentationWaitsSixtyDaysFromTheRequestForIt() {
        ObjectNode denied = example("FafsaPjCompleteFosterCareYouth");
        row(denied, "documentation", 0).put("reviewStatus", "NOT_PROVIDED").put("dateRequested", "2023-07-12").remove("dateReceived");
        row(denied, "determinations", 0).put("outcome", "DENIED").put("dependencyStatus", "DEPENDENT")
                .put("denialReason", "DOCUMENTATION_NOT_PROVIDED_WITHIN_60_DAYS").put("determinationDate", "2023-09-10");

        assertThat(FafsaPjContextRules.sixtyDayTimeframe(record(denied), FafsaPjTesting.TODAY)).isEmpty();

        row(denied, "determinations", 0).put("determinationDate", "2023-09-09");
        assertOne(FafsaPjContextRules.sixtyDayTimeframe(record(denied), FafsaPjTesting.TODAY),
                "/determinations/0/denialReason", "FAFSA-PJ:X.4", "FAFSA-PJ:R.17", "DENIED_BEFORE_60_DAYS_PASSED",
                Violation.SeverityEnum.ERROR);
    }

    @Test
    void r47_licenseAttemptsStayWithinTheInstitutionsLimitForTheAwardYear() throws Exception {
        ProfessionalJudgmentPolicy policy = org.govforms.domain.SpecExamples.json().treeToValue(
                example("FafsaPjCompletePolicy"), ProfessionalJudgmentPolicy.class);
        ObjectNode record = example("FafsaPjCompleteSpecialCircumstance");
        assertThat(FafsaPjContextRules.institutionLimits(record(record), List.of(policy))).isEmpty();

        ((ObjectNode) record.get("costOfAttendance")).put("licensureAttempts", 3);
        assertOne(FafsaPjContextRules.institutionLimits(record(record), List.of(policy)),
                "/costOfAttendance/licensureAttempts", "FAFSA-PJ:C.40", "FAFSA-PJ:R.47",
                "LICENSURE_ATTEMPTS_ABOVE_INSTITUTION_LIMIT", Violation.SeverityEnum.ERROR);

        ((ObjectNode) record.get("student")).put("awardYear", "2024-25");
        assertThat(FafsaPjContextRules.institutionLimits(record(record), List.of(policy))).as("another year's policy").isEmpty();
    }

    @Test
    void checkGathersEveryContextRule() {
        ObjectNode pending = example("FafsaPjCompleteHomelessYouth");
        pending.remove("determinations");
        assertThat(FafsaPjContextRules.check(record(pending), List.of(), List.of(), FafsaPjTesting.TODAY))
                .extracting(Violation::getRule).containsExactly("FAFSA-PJ:R.17");
    }
}
