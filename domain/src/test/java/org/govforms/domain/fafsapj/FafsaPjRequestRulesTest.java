package org.govforms.domain.fafsapj;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.govforms.model.Violation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govforms.domain.fafsapj.FafsaPjTesting.array;
import static org.govforms.domain.fafsapj.FafsaPjTesting.assertViolations;
import static org.govforms.domain.fafsapj.FafsaPjTesting.at;
import static org.govforms.domain.fafsapj.FafsaPjTesting.example;
import static org.govforms.domain.fafsapj.FafsaPjTesting.row;
import static org.govforms.domain.fafsapj.FafsaPjTesting.violations;

/**
 * The rules on requests, adjustments, documentation, notices, determinations, renewal and retention, each
 * with a valid and an invalid record built from the complete examples (which pass every rule).
 */
class FafsaPjRequestRulesTest {

    private static final String SPECIAL = "FafsaPjCompleteSpecialCircumstance";
    private static final String OVERRIDE = "FafsaPjCompleteUnusualCircumstanceOverride";
    private static final String HOMELESS = "FafsaPjCompleteHomelessYouth";
    private static final String FOSTER = "FafsaPjCompleteFosterCareYouth";
    private static final String DISASTER = "FafsaPjCompleteDisasterUnemployment";

    private static ObjectNode student(ObjectNode record) {
        return (ObjectNode) record.get("student");
    }

    @Test
    void r3_determinationsAreCaseByCaseWithARationale() {
        ObjectNode invalid = example(SPECIAL);
        row(invalid, "determinations", 0).put("decidedCaseByCase", false).remove("rationale");
        assertViolations(violations(invalid),
                at("/determinations/0/decidedCaseByCase", "FAFSA-PJ:X.10", "FAFSA-PJ:R.3"),
                at("/determinations/0/rationale", "FAFSA-PJ:X.9", "FAFSA-PJ:R.3"));
    }

    @Test
    void r4_determinationsAndAdjustmentsCiteAcceptedDocumentationOfThePersonAdjusted() {
        ObjectNode notAccepted = example(SPECIAL);
        row(notAccepted, "documentation", 1).put("reviewStatus", "RECEIVED");
        assertViolations(violations(notAccepted), at("/adjustments/0/documentationIds", "FAFSA-PJ:A.9", "FAFSA-PJ:R.4"));

        ObjectNode wrongPerson = example(SPECIAL);
        array(row(wrongPerson, "adjustments", 1), "documentationIds", "DOC-2");
        assertViolations(violations(wrongPerson), at("/adjustments/1/documentationIds", "FAFSA-PJ:A.9", "FAFSA-PJ:R.4"));

        ObjectNode unknown = example(HOMELESS);
        array(row(unknown, "determinations", 0), "documentationRelied", "DOC-9");
        assertViolations(violations(unknown), at("/determinations/0/documentationRelied", "FAFSA-PJ:X.11", "FAFSA-PJ:R.4"));

        ObjectNode otherInstitutionOnly = example(OVERRIDE);
        array(row(otherInstitutionOnly, "determinations", 0), "documentationRelied", "OTH-1");
        assertThat(violations(otherInstitutionOnly)).isEmpty();
    }

    @Test
    void r6_adjustmentsAnswerSpecialCircumstancesAndTheirTargets() {
        ObjectNode wrongTarget = example(SPECIAL);
        array(row(wrongTarget, "requests", 0), "adjustmentTargets", "EFC_SAI_DATA_ELEMENTS");
        assertViolations(violations(wrongTarget), at("/adjustments/0/elementKind", "FAFSA-PJ:A.2", "FAFSA-PJ:R.6"));

        ObjectNode onOverride = example(OVERRIDE);
        onOverride.putArray("adjustments").add(example(SPECIAL).get("adjustments").get(0).deepCopy());
        row(onOverride, "adjustments", 0).put("requestId", "REQ-1");
        array(row(onOverride, "adjustments", 0), "documentationIds", "DOC-1");
        assertViolations(violations(onOverride), at("/adjustments/0/requestId", "FAFSA-PJ:A.1", "FAFSA-PJ:R.6"));
    }

    @Test
    void r7_aLinkedRequestIsAnotherRequestOfTheRecord() {
        ObjectNode self = example(OVERRIDE);
        row(self, "requests", 1).put("linkedRequestId", "REQ-2");
        assertViolations(violations(self), at("/requests/1/linkedRequestId", "FAFSA-PJ:Q.14", "FAFSA-PJ:R.7"));

        ObjectNode noType = example(SPECIAL);
        row(noType, "requests", 0).remove("requestType");
        assertThat(violations(noType)).extracting(Violation::getPointer, Violation::getRule)
                .contains(org.assertj.core.groups.Tuple.tuple("/requests/0/requestType", "FAFSA-PJ:R.7"));
    }

    @Test
    void r8_anOverrideAndAHomelessYouthDeterminationAreDifferentCodes() {
        ObjectNode invalid = example(HOMELESS);
        row(invalid, "determinations", 0).put("dependencyOverrideCode", "DEPENDENT_TO_INDEPENDENT");
        assertViolations(violations(invalid), at("/determinations/0/dependencyOverrideCode", "FAFSA-PJ:X.13", "FAFSA-PJ:R.8"));
    }

    @Test
    void r9_for2023to24TheUnusualCircumstanceIsIndicatedOnTheFafsa() {
        ObjectNode record = example(OVERRIDE);
        student(record).put("awardYear", "2023-24").remove("provisionalIndependentStatus");
        row(record, "determinations", 0).remove("provisionalStatusResolution");
        row(record, "otherInstitutionDeterminations", 0).put("awardYear", "2022-23");
        assertThat(violations(record)).isEmpty();

        student(record).put("unusualCircumstanceIndicated", false);
        assertViolations(violations(record), at("/student/unusualCircumstanceIndicated", "FAFSA-PJ:S.10", "FAFSA-PJ:R.9"));
    }

    @Test
    void r10_provisionalIndependentStatusExistsOnlyFrom2024to25AndIsResolved() {
        ObjectNode before = example(OVERRIDE);
        student(before).put("awardYear", "2023-24");
        row(before, "otherInstitutionDeterminations", 0).put("awardYear", "2022-23");
        assertViolations(violations(before), at("/student/provisionalIndependentStatus", "FAFSA-PJ:S.11", "FAFSA-PJ:R.10"));

        ObjectNode unresolved = example(OVERRIDE);
        row(unresolved, "determinations", 0).remove("provisionalStatusResolution");
        assertViolations(violations(unresolved), at("/determinations/0/provisionalStatusResolution", "FAFSA-PJ:X.17", "FAFSA-PJ:R.10"));
    }

    @Test
    void r11_anOverrideRequestIsToldTheProcessRequirementsAndTimeline() {
        ObjectNode noNotice = example(OVERRIDE);
        ((com.fasterxml.jackson.databind.node.ArrayNode) noNotice.get("notices")).remove(0);
        assertViolations(violations(noNotice), at("/requests/0/requestType", "FAFSA-PJ:Q.2", "FAFSA-PJ:R.11"));

        ObjectNode incomplete = example(OVERRIDE);
        row(incomplete, "notices", 0).remove("reviewTimeline");
        assertViolations(violations(incomplete), at("/notices/0/reviewTimeline", "FAFSA-PJ:O.8", "FAFSA-PJ:R.11"));
    }

    @Test
    void r12_aFinalDeterminationNoticeStatesTheStatusAndTheAward() {
        ObjectNode noNotice = example(FOSTER);
        row(noNotice, "determinations", 0).remove("finalDeterminationNoticeId");
        assertViolations(violations(noNotice), at("/determinations/0/finalDeterminationNoticeId", "FAFSA-PJ:X.18", "FAFSA-PJ:R.12"));

        ObjectNode mismatch = example(FOSTER);
        row(mismatch, "notices", 0).put("dependencyStatus", "DEPENDENT").put("financialAidAwardCommunicated", false)
                .put("dateSent", "2023-07-18");
        assertViolations(violations(mismatch),
                at("/notices/0/dependencyStatus", "FAFSA-PJ:O.10", "FAFSA-PJ:R.12"),
                at("/notices/0/financialAidAwardCommunicated", "FAFSA-PJ:O.11", "FAFSA-PJ:R.12"),
                at("/notices/0/dateSent", "FAFSA-PJ:O.4", "FAFSA-PJ:R.12"));

        ObjectNode withdrawn = example(FOSTER);
        row(withdrawn, "determinations", 0).put("outcome", "WITHDRAWN").remove("finalDeterminationNoticeId");
        assertThat(violations(withdrawn)).isEmpty();
    }

    @Test
    void r13_theFileIsKeptThreeYearsAfterTheLastTermWithItsInterviews() {
        ObjectNode valid = example(SPECIAL);
        ((ObjectNode) valid.get("retention")).put("dateDisposed", "2027-05-10");
        assertThat(violations(valid)).isEmpty();

        ObjectNode early = example(SPECIAL);
        ((ObjectNode) early.get("retention")).put("dateDisposed", "2027-05-09").put("documentedInterviewsRetained", false);
        assertViolations(violations(early),
                at("/retention/dateDisposed", "FAFSA-PJ:K.7", "FAFSA-PJ:R.13"),
                at("/retention/documentedInterviewsRetained", "FAFSA-PJ:K.5", "FAFSA-PJ:R.13"));

        ObjectNode stillEnrolled = example(HOMELESS);
        ((ObjectNode) stillEnrolled.get("retention")).put("dateDisposed", "2026-01-05");
        assertViolations(violations(stillEnrolled), at("/retention/dateDisposed", "FAFSA-PJ:K.7", "FAFSA-PJ:R.13"));
    }

    @Test
    void r15_aDeniedOverrideLeavesOnlyDependentLevelUnsubsidizedLoans() {
        ObjectNode denied = example(OVERRIDE);
        student(denied).remove("provisionalIndependentStatus");
        row(denied, "determinations", 0).put("outcome", "DENIED").put("dependencyStatus", "DEPENDENT")
                .put("denialReason", "CIRCUMSTANCE_DOES_NOT_QUALIFY").remove(java.util.List.of("dependencyOverrideCode", "provisionalStatusResolution"));
        row(denied, "notices", 1).put("dependencyStatus", "DEPENDENT");
        assertViolations(violations(denied),
                at("/determinations/0/dependentLevelUnsubsidizedLoansOnly", "FAFSA-PJ:X.15", "FAFSA-PJ:R.15"));

        row(denied, "determinations", 0).put("dependentLevelUnsubsidizedLoansOnly", true).put("laterFiledAsDependent", false);
        assertThat(violations(denied)).isEmpty();
    }

    @Test
    void r16_aDeterminationAfterSixtyDaysIsAWarningAndTheEnrollmentDateIsAsked() {
        ObjectNode late = example(HOMELESS);
        row(late, "determinations", 0).put("determinationDate", "2023-10-28");
        row(late, "notices", 0).put("dateSent", "2023-10-30");
        assertThat(violations(late)).singleElement().satisfies(v -> {
            assertThat(v.getPointer()).isEqualTo("/determinations/0/determinationDate");
            assertThat(v.getFormItem()).isEqualTo("FAFSA-PJ:X.5");
            assertThat(v.getRule()).isEqualTo("FAFSA-PJ:R.16");
            assertThat(v.getSeverity()).isEqualTo(Violation.SeverityEnum.WARNING);
        });
        row(late, "determinations", 0).put("determinationDate", "2023-10-27");
        assertThat(violations(late)).isEmpty();

        ObjectNode notEnrolled = example(HOMELESS);
        student(notEnrolled).remove("enrollmentDate");
        assertViolations(violations(notEnrolled), at("/student/enrollmentDate", "FAFSA-PJ:S.13", "FAFSA-PJ:R.16"));
        assertThat(violations(notEnrolled).get(0).getSeverity()).isEqualTo(Violation.SeverityEnum.WARNING);
    }

    @Test
    void r18_carriedOverDependencyAnswersAreAffirmed() {
        ObjectNode invalid = example(HOMELESS);
        ((ObjectNode) invalid.get("renewal")).put("carriedOverAnswersAffirmed", false);
        assertViolations(violations(invalid), at("/renewal/carriedOverAnswersAffirmed", "FAFSA-PJ:N.11", "FAFSA-PJ:R.18"));
    }

    @Test
    void r19_a2023to24RenewalWithAPriorOverrideRecordsTheNewIndication() {
        ObjectNode record = example(SPECIAL);
        ((ObjectNode) record.get("renewal")).put("priorFinalDeterminationOfIndependence", true).put("priorDeterminationAwardYear", "2022-23");
        assertViolations(violations(record), at("/renewal/againIndicatedNoParentInformation", "FAFSA-PJ:N.8", "FAFSA-PJ:R.19"));

        ((ObjectNode) record.get("renewal")).put("againIndicatedNoParentInformation", true);
        assertThat(violations(record)).isEmpty();
    }

    @Test
    void r20_anotherInstitutionsDeterminationFromTheSameOrAPriorAwardYear() {
        ObjectNode same = example(OVERRIDE);
        row(same, "otherInstitutionDeterminations", 0).put("awardYear", "2024-25");
        assertThat(violations(same)).isEmpty();

        ObjectNode later = example(OVERRIDE);
        row(later, "otherInstitutionDeterminations", 0).put("awardYear", "2025-26");
        assertViolations(violations(later), at("/otherInstitutionDeterminations/0/awardYear", "FAFSA-PJ:P.4", "FAFSA-PJ:R.20"));

        row(later, "otherInstitutionDeterminations", 0).put("reliedOn", false);
        assertThat(violations(later)).isEmpty();
    }

    @Test
    void r21_anotherInstitutionsDeterminationIsDocumentedAndNoIsirIndicatorIn2023to24() {
        ObjectNode invalid = example(OVERRIDE);
        row(invalid, "otherInstitutionDeterminations", 0).put("documentationId", "DOC-7");
        assertViolations(violations(invalid), at("/otherInstitutionDeterminations/0/documentationId", "FAFSA-PJ:P.11", "FAFSA-PJ:R.21"));

        ObjectNode indicator = example(OVERRIDE);
        row(indicator, "otherInstitutionDeterminations", 0).put("learnedFrom", "ISIR_INDICATOR");
        assertThat(violations(indicator)).as("2024-25 has the indicator").isEmpty();
        student(indicator).put("awardYear", "2023-24").remove("provisionalIndependentStatus");
        row(indicator, "determinations", 0).remove("provisionalStatusResolution");
        assertViolations(violations(indicator), at("/otherInstitutionDeterminations/0/learnedFrom", "FAFSA-PJ:P.10", "FAFSA-PJ:R.21"));
    }

    @Test
    void r24_anAdvocatesStatementConfirmsTheRelationship() {
        ObjectNode invalid = example(OVERRIDE);
        row(invalid, "documentation", 0).put("confirmsRelationshipToStudent", false);
        assertViolations(violations(invalid), at("/documentation/0/confirmsRelationshipToStudent", "FAFSA-PJ:D.11", "FAFSA-PJ:R.24"));
    }

    @Test
    void r25_aHomelessLiaisonsCallIsAdequate() {
        ObjectNode invalid = example(HOMELESS);
        row(invalid, "documentation", 0).put("reviewStatus", "NOT_ADEQUATE");
        java.util.List<Violation> violations = violations(invalid);
        assertThat(violations).extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .contains(org.assertj.core.groups.Tuple.tuple("/documentation/0/reviewStatus", "FAFSA-PJ:D.21", "FAFSA-PJ:R.25"));

        ObjectNode studentStatement = example(HOMELESS);
        row(studentStatement, "documentation", 0).put("kind", "STUDENT_WRITTEN_STATEMENT").put("reviewStatus", "NOT_ADEQUATE");
        assertThat(violations(studentStatement)).extracting(Violation::getRule).doesNotContain("FAFSA-PJ:R.25");
    }

    @Test
    void r27_listedFosterCareDocumentationWithoutConflictIsAdequate() {
        ObjectNode invalid = example(FOSTER);
        row(invalid, "documentation", 0).put("reviewStatus", "NOT_ADEQUATE");
        assertThat(violations(invalid)).extracting(Violation::getPointer, Violation::getRule)
                .contains(org.assertj.core.groups.Tuple.tuple("/documentation/0/reviewStatus", "FAFSA-PJ:R.27"));

        ObjectNode conflict = example(FOSTER);
        row(conflict, "documentation", 0).put("reviewStatus", "NOT_ADEQUATE").put("conflictingInformation", true)
                .put("conflictResolution", "The agency's dates contradict the court record.");
        assertThat(violations(conflict)).extracting(Violation::getRule).doesNotContain("FAFSA-PJ:R.27");
    }

    @Test
    void r28_moreDocumentsFromARenewingHomelessYouthOnlyForConflictingInformation() {
        ObjectNode invalid = example(HOMELESS);
        ((ObjectNode) invalid.get("renewal")).put("additionalDocumentationRequested", true);
        assertViolations(violations(invalid), at("/renewal/additionalDocumentationJustification", "FAFSA-PJ:N.13", "FAFSA-PJ:R.28"));
    }

    @Test
    void r29_incomeFromWorkIsZeroedOnlyWithUnemploymentEvidenceInAnEmergency() {
        ObjectNode wrongDocument = example(DISASTER);
        row(wrongDocument, "documentation", 0).put("purpose", "SPECIAL_CIRCUMSTANCE");
        assertViolations(violations(wrongDocument), at("/unemploymentAdjustments/0/documentationId", "FAFSA-PJ:E.5", "FAFSA-PJ:R.29"));

        ObjectNode notAnEmergency = example(DISASTER);
        row(notAnEmergency, "requests", 0).put("requestType", "SPECIAL_CIRCUMSTANCE");
        assertViolations(violations(notAnEmergency),
                at("/unemploymentAdjustments/0/requestId", "FAFSA-PJ:E.1", "FAFSA-PJ:R.29"),
                at("/unemploymentAdjustments/1/requestId", "FAFSA-PJ:E.1", "FAFSA-PJ:R.29"));
    }

    @Test
    void r31_unemploymentEvidenceOlderThan90DaysNeedsTheSchoolsDiscretion() {
        ObjectNode ninety = example(DISASTER);
        row(ninety, "unemploymentAdjustments", 0).put("evidenceIssueDate", "2023-05-22");
        assertThat(violations(ninety)).as("exactly 90 days").isEmpty();

        ObjectNode ninetyOne = example(DISASTER);
        row(ninetyOne, "unemploymentAdjustments", 0).put("evidenceIssueDate", "2023-05-21");
        assertViolations(violations(ninetyOne),
                at("/unemploymentAdjustments/0/olderEvidenceAccepted", "FAFSA-PJ:E.9", "FAFSA-PJ:R.31"),
                at("/unemploymentAdjustments/0/noConflictingInformation", "FAFSA-PJ:E.10", "FAFSA-PJ:R.31"));
    }

    @Test
    void r55_professionalJudgmentChangesInputsNeverTheEfcOrSaiAndResolvesConflicts() {
        ObjectNode efc = example(SPECIAL);
        row(efc, "adjustments", 1).put("dataElement", "Student Aid Index");
        assertViolations(violations(efc), at("/adjustments/1/dataElement", "FAFSA-PJ:A.4", "FAFSA-PJ:R.55"));

        ObjectNode unresolved = example(SPECIAL);
        row(unresolved, "documentation", 0).remove("conflictResolution");
        assertViolations(violations(unresolved), at("/documentation/0/conflictResolution", "FAFSA-PJ:D.20", "FAFSA-PJ:R.55"));

        ObjectNode noReason = example(SPECIAL);
        row(noReason, "adjustments", 0).put("reason", "");
        assertViolations(violations(noReason), at("/adjustments/0/reason", "FAFSA-PJ:A.8", "FAFSA-PJ:R.55"));
    }

    @Test
    void r56_anEfcOrSaiAdjustmentIsFlaggedAndItsProcessedResultRecorded() {
        ObjectNode invalid = example(SPECIAL);
        row(invalid, "adjustments", 1).remove(java.util.List.of("isirTransactionNumber", "recalculatedEfcOrSai"));
        assertViolations(violations(invalid),
                at("/adjustments/1/isirTransactionNumber", "FAFSA-PJ:A.14", "FAFSA-PJ:R.56"),
                at("/adjustments/1/recalculatedEfcOrSai", "FAFSA-PJ:A.15", "FAFSA-PJ:R.56"));

        ObjectNode noFlag = example(SPECIAL);
        row(noFlag, "adjustments", 1).remove("professionalJudgmentFlag");
        assertViolations(violations(noFlag),
                at("/adjustments/1/professionalJudgmentFlag", "FAFSA-PJ:A.12", "FAFSA-PJ:R.56"),
                at("/adjustments/1/isirResult", "FAFSA-PJ:A.13", "FAFSA-PJ:R.56"));
    }

    @Test
    void r57_aCancelledOrFailedOverrideConcernsAnOverrideAndNamesItsIsirTransaction() {
        ObjectNode cancelled = example(OVERRIDE);
        row(cancelled, "determinations", 0).put("dependencyOverrideCode", "CANCEL_OVERRIDE");
        assertThat(violations(cancelled)).isEmpty();

        row(cancelled, "determinations", 0).remove("isirTransactionNumber");
        assertViolations(violations(cancelled), at("/determinations/0/isirTransactionNumber", "FAFSA-PJ:X.14", "FAFSA-PJ:R.57"));

        ObjectNode onFoster = example(FOSTER);
        row(onFoster, "determinations", 0).put("dependencyOverrideCode", "OVERRIDE_FAILED").put("isirTransactionNumber", "02");
        assertViolations(violations(onFoster), at("/determinations/0/dependencyOverrideCode", "FAFSA-PJ:X.13", "FAFSA-PJ:R.57"));
    }

    @Test
    void r58_overridesGoOnlyFromDependentToIndependent() {
        ObjectNode fromIndependent = example(OVERRIDE);
        student(fromIndependent).put("isirDependencyStatus", "INDEPENDENT");
        assertViolations(violations(fromIndependent), at("/student/isirDependencyStatus", "FAFSA-PJ:S.8", "FAFSA-PJ:R.58"));

        ObjectNode toDependent = example(OVERRIDE);
        row(toDependent, "determinations", 0).put("dependencyStatus", "DEPENDENT").put("dependentLevelUnsubsidizedLoansOnly", true);
        row(toDependent, "notices", 1).put("dependencyStatus", "DEPENDENT");
        assertViolations(violations(toDependent), at("/determinations/0/dependencyStatus", "FAFSA-PJ:X.3", "FAFSA-PJ:R.58"));
    }
}
