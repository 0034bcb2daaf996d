package org.govforms.domain.audit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.govforms.domain.GovFormsValidator;
import org.govforms.domain.SpecExamples;
import org.govforms.model.ExternalAudit;
import org.govforms.model.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govforms.domain.audit.AuditJson.changed;
import static org.govforms.domain.audit.AuditJson.remove;
import static org.govforms.domain.audit.AuditJson.set;

/**
 * Every record rule of ICE Directive 1035.1, each shown on a valid and an invalid record: the complete GAO audit
 * and OIG inspection of the specification pass every rule, and one change makes each rule report exactly where.
 */
class AuditRulesTest {

    private static final String GAO = "AuditGaoAuditClosed";
    private static final String OIG = "AuditOigInspectionClosed";
    private static final GovFormsValidator VALIDATOR =
            new GovFormsValidator(Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC));

    /** One broken rule: the record changed from an example, and every pointer the rule must report. */
    record Case(String rule, String what, String example, List<UnaryOperator<ObjectNode>> changes, List<String> pointers,
                String severity) {
        @Override
        public String toString() {
            return rule + " " + what;
        }
    }

    @SafeVarargs
    private static Case error(String rule, String what, String example, List<String> pointers, UnaryOperator<ObjectNode>... changes) {
        return new Case(rule, what, example, Arrays.asList(changes), pointers, "error");
    }

    @SafeVarargs
    private static Case warning(String rule, String what, String example, List<String> pointers, UnaryOperator<ObjectNode>... changes) {
        return new Case(rule, what, example, Arrays.asList(changes), pointers, "warning");
    }

    static Stream<Case> brokenRules() {
        return Stream.of(
                error("AUDIT:R.2", "correspondence without the ALO copy", GAO, List.of("/correspondence/0/copyProvidedToAlo"),
                        set("/correspondence/0/copyProvidedToAlo", false)),
                error("AUDIT:R.2", "the ALO copy after the letter went out", GAO, List.of("/correspondence/1/dateAloReceivedCopy"),
                        set("/correspondence/1/dateAloReceivedCopy", "2026-08-11")),
                error("AUDIT:R.2", "a request the ALO was never told of", GAO, List.of("/informationRequests/0/dateAloInformed"),
                        remove("/informationRequests/0/dateAloInformed")),
                error("AUDIT:R.3", "contract support without the contractor", GAO, List.of("/contractorName"),
                        set("/performedByContractSupport", true)),
                error("AUDIT:R.3", "no entity name", GAO, List.of("/externalEntityName"), remove("/externalEntityName")),
                error("AUDIT:R.4", "an announcement without its date", GAO, List.of("/announcement/announcementDate"),
                        remove("/announcement/announcementDate")),
                error("AUDIT:R.4", "a notice that is not written", GAO, List.of("/announcement/formOfNotice"),
                        set("/announcement/formOfNotice", "TELEPHONE_CALL")),
                error("AUDIT:R.5", "closed without a formal closure request", GAO, List.of("/auditStatus", "/closure/closureRequestDate"),
                        remove("/closure/closureRequestDate")),
                error("AUDIT:R.6", "another comment period without a reason", GAO, List.of("/draftReport/reasonCommentPeriodDiffers"),
                        remove("/draftReport/reasonCommentPeriodDiffers")),
                warning("AUDIT:R.7", "ICE's comments not in the appendix", GAO, List.of("/finalReport/iceResponseInAppendix"),
                        set("/finalReport/iceResponseInAppendix", false)),
                error("AUDIT:R.8", "a GAO report released the OIG way", GAO, List.of("/finalReport/releaseEvent"),
                        set("/finalReport/releaseEvent", "TRANSMITTED_BY_OIG_TO_DHS_SECRETARY")),
                error("AUDIT:R.9", "a MAP without its strategy", GAO, List.of("/missionActionPlans/0/strategy"),
                        remove("/missionActionPlans/0/strategy")),
                error("AUDIT:R.9", "a MAP without milestones", GAO, List.of("/missionActionPlans/1/milestones"),
                        set("/missionActionPlans/1/milestones", List.of())),
                error("AUDIT:R.10", "objectives without how they were communicated", GAO, List.of("/objectivesCommunicatedBy"),
                        remove("/objectivesCommunicatedBy")),
                error("AUDIT:R.11", "a substantive response nobody signed", GAO, List.of("/responses/4/signedBy"),
                        remove("/responses/4/signedBy")),
                error("AUDIT:R.11", "a technical response without its types", GAO, List.of("/responses/1/technicalResponseTypes"),
                        remove("/responses/1/technicalResponseTypes")),
                error("AUDIT:R.12", "a Statement of Facts with recommendations", GAO, List.of("/statementOfFacts/containsRecommendations"),
                        set("/statementOfFacts/containsRecommendations", true)),
                error("AUDIT:R.13", "an OIG status on a GAO recommendation", GAO, List.of("/recommendations/0/oigStatus"),
                        set("/recommendations/0/oigStatus", "RESOLVED_AND_OPEN")),
                error("AUDIT:R.13", "no OIG status on an OIG recommendation", OIG, List.of("/recommendations/0/oigStatus"),
                        remove("/recommendations/0/oigStatus")),
                error("AUDIT:R.15", "resolved and closed without evidence", OIG, List.of("/recommendations/0/implementationEvidence"),
                        remove("/recommendations/0/implementationEvidence")),
                error("AUDIT:R.16", "an SME designated by a responsible official", GAO, List.of("/personnel/3/designatedBy"),
                        set("/personnel/3/designatedBy", "P-05")),
                error("AUDIT:R.17", "the exit notification not in PATS", GAO, List.of("/exitConference/dateRecordedInPats"),
                        remove("/exitConference/dateRecordedInPats")),
                error("AUDIT:R.17", "a response not in PATS", GAO, List.of("/responses/0/dateRecordedInPats"),
                        remove("/responses/0/dateRecordedInPats")),
                error("AUDIT:R.19", "an official response not checked", GAO, List.of("/responses/4/formatAndResponsivenessChecked"),
                        set("/responses/4/formatAndResponsivenessChecked", false)),
                error("AUDIT:R.20", "a concurred recommendation closed without the auditor's date", GAO,
                        List.of("/recommendations/0/dateClosedByAuditor"), remove("/recommendations/0/dateClosedByAuditor")),
                error("AUDIT:R.20", "a GAO audit closed with a recommendation not implemented", GAO,
                        List.of("/recommendations/1/gaoStatus"), set("/recommendations/1/gaoStatus", "NOT_IMPLEMENTED")),
                error("AUDIT:R.20", "an OIG inspection closing with a recommendation resolved but open", OIG,
                        List.of("/recommendations/0/oigStatus"), set("/recommendations/0/oigStatus", "RESOLVED_AND_OPEN")),
                error("AUDIT:R.21", "leadership told before the entity closed", GAO, List.of("/closure/leadershipInformedDate"),
                        set("/closure/leadershipInformedDate", "2026-08-30")),
                error("AUDIT:R.22", "an entrance conference without minutes", GAO, List.of("/meetings/1/minutes"),
                        remove("/meetings/1/minutes")),
                warning("AUDIT:R.23", "the Statement of Facts not asked for", GAO, List.of("/statementOfFacts/requestedBeforeExitConference"),
                        set("/statementOfFacts/requestedBeforeExitConference", false)),
                error("AUDIT:R.24", "a technical review of the SOF without the attorney", GAO, List.of("/responses/2/sensitivityStaffAttorney"),
                        remove("/responses/2/sensitivityStaffAttorney")),
                error("AUDIT:R.25", "an Audit Coordinator not trained", GAO, List.of("/personnel/2/trainedOnAuditProcess"),
                        set("/personnel/2/trainedOnAuditProcess", false)),
                error("AUDIT:R.26", "a telephone request confirmed without the ALO copied", GAO,
                        List.of("/informationRequests/1/aloCopiedOnConfirmingEmail"), set("/informationRequests/1/aloCopiedOnConfirmingEmail", false)),
                error("AUDIT:R.27", "a duplicate of an unknown request", GAO, List.of("/informationRequests/1/duplicateOf"),
                        set("/informationRequests/1/duplicateOf", "F-9")),
                error("AUDIT:R.28", "a response to a request not copied to the PM", GAO, List.of("/responses/0/copyToPortfolioManager"),
                        set("/responses/0/copyToPortfolioManager", false)),
                error("AUDIT:R.29", "a request not given to the Audit Coordinator", GAO,
                        List.of("/informationRequests/0/copyGivenToAuditCoordinator"), set("/informationRequests/0/copyGivenToAuditCoordinator", false)),
                error("AUDIT:R.30", "cleared by leadership after it reached the ALO", GAO, List.of("/responses/4/leadershipClearanceDate"),
                        set("/responses/4/leadershipClearanceDate", "2025-07-19")),
                error("AUDIT:R.31", "coordinators notified after the entrance conference", GAO,
                        List.of("/entranceConference/dateAuditCoordinatorsNotified"), set("/entranceConference/dateAuditCoordinatorsNotified", "2025-02-25")),
                error("AUDIT:R.32", "sensitive material the SME did not mark", GAO, List.of("/responses/0/markedBySme"),
                        set("/responses/0/markedBySme", false)),
                error("AUDIT:R.33", "a response not copied to the ALO", GAO, List.of("/responses/1/copyToAlo"),
                        set("/responses/1/copyToAlo", false)),
                error("AUDIT:R.34", "fieldwork completed after the exit conference", GAO, List.of("/fieldwork/completionDate"),
                        set("/fieldwork/completionDate", "2025-06-13")),
                error("AUDIT:R.35", "an early Statement of Facts nobody reviewed", GAO, List.of("/statementOfFacts/reviewers"),
                        remove("/statementOfFacts/reviewers")),
                error("AUDIT:R.36", "the draft distributed before it arrived", GAO, List.of("/draftReport/dateDistributed"),
                        set("/draftReport/dateDistributed", "2025-06-30")),
                error("AUDIT:R.37", "a technical review sent around the ALO", GAO, List.of("/responses/3/transmissionPath"),
                        set("/responses/3/transmissionPath", "SENT_DIRECTLY_BY_SME_OR_DPO")),
                error("AUDIT:R.38", "a technical response on the draft sent around the ALO", GAO, List.of("/responses/3/transmissionPath"),
                        set("/responses/3/technicalResponseTypes", List.of("BRIEFING")),
                        set("/responses/3/transmissionPath", "SENT_DIRECTLY_BY_SME_OR_DPO")),
                error("AUDIT:R.39", "a substantive response approved after it reached the ALO", GAO,
                        List.of("/responses/4/headquartersApprovalDate"), set("/responses/4/headquartersApprovalDate", "2025-07-19")),
                error("AUDIT:R.40", "counts that do not match the recommendations", GAO,
                        List.of("/finalReport/recommendationsClosed", "/finalReport/recommendationsOpen"), set("/finalReport/recommendationsClosed", 1)),
                error("AUDIT:R.41", "no corrective action although recommendations stayed open", GAO,
                        List.of("/correctiveAction/correctiveActionRequired"), set("/correctiveAction/correctiveActionRequired", false)),
                warning("AUDIT:R.43", "an initial MAP late to the ALO", GAO, List.of("/missionActionPlans/0/dateSubmittedToAlo"),
                        set("/missionActionPlans/0/dateSubmittedToAlo", "2025-11-01")),
                error("AUDIT:R.44", "a MAP sent before leadership vetted it", GAO, List.of("/missionActionPlans/0/dateSubmittedToEntity"),
                        set("/missionActionPlans/0/dateVettedByLeadership", "2025-11-11")),
                warning("AUDIT:R.44", "an initial MAP late to GAO", GAO, List.of("/missionActionPlans/0/dateSubmittedToEntity"),
                        set("/missionActionPlans/0/dateSubmittedToEntity", "2025-11-20")),
                warning("AUDIT:R.46", "an estimated completion beyond one year", GAO, List.of("/missionActionPlans/0/estimatedCompletionDate"),
                        set("/missionActionPlans/0/estimatedCompletionDate", "2026-10-01")),
                error("AUDIT:R.49", "a Statement of Facts never examined for sensitive information", GAO,
                        List.of("/statementOfFacts/sensitivityReviewDate"), remove("/statementOfFacts/sensitivityReviewDate")));
    }

    @Test
    void theCompleteGaoAuditAndOigInspectionPassEveryRule() {
        assertThat(violations(AuditJson.example(GAO))).isEmpty();
        assertThat(violations(AuditJson.example(OIG))).isEmpty();
        assertThat(violations(AuditJson.example("AuditAnnouncementOnly"))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("brokenRules")
    void eachRuleReportsExactlyWhereItIsBroken(Case broken) {
        ObjectNode record = AuditJson.example(broken.example());
        broken.changes().forEach(change -> change.apply(record));

        List<Violation> violations = violations(record);

        assertThat(violations).extracting(Violation::getPointer).containsExactlyInAnyOrderElementsOf(broken.pointers());
        assertThat(violations).allSatisfy(v -> {
            assertThat(v.getRule()).isEqualTo(broken.rule());
            assertThat(v.getSeverity().getValue()).isEqualTo(broken.severity());
            assertThat(v.getFormItem()).as(v.getPointer()).startsWith("AUDIT:");
            assertThat(v.getMessage()).isNotBlank();
        });
    }

    @Test
    void anAuditInAPhaseHoldsWhatTheEarlierPhasesProduced() {
        List<Violation> fieldwork = violations(changed("AuditAnnouncementOnly", set("/currentPhase", "FIELDWORK")));
        assertThat(fieldwork).extracting(Violation::getPointer, Violation::getRule).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("/entranceConference", "AUDIT:R.31"),
                org.assertj.core.groups.Tuple.tuple("/fieldwork", "AUDIT:R.34"));

        List<Violation> finalReport = violations(changed(GAO, set("/currentPhase", "FINAL_REPORT"), set("/auditStatus", "OPEN"),
                remove("/finalReport"), remove("/correctiveAction"), remove("/missionActionPlans"), remove("/closure")));
        assertThat(finalReport).extracting(Violation::getPointer, Violation::getRule)
                .contains(org.assertj.core.groups.Tuple.tuple("/finalReport", "AUDIT:R.40"));

        List<Violation> draft = violations(changed(GAO, set("/currentPhase", "DRAFT_REPORT"), set("/auditStatus", "OPEN"),
                remove("/draftReport"), remove("/finalReport"), remove("/correctiveAction"), remove("/missionActionPlans"),
                remove("/closure")));
        assertThat(draft).extracting(Violation::getPointer, Violation::getRule)
                .contains(org.assertj.core.groups.Tuple.tuple("/draftReport", "AUDIT:R.36"));
    }

    @Test
    void staffNamesAreNeverPrinted() {
        String printed = AuditJson.audit(AuditJson.example(GAO)).toString();

        assertThat(printed).contains("Review of ICE detention inspection follow-up")
                .doesNotContain("Whitfield", "Okonkwo", "Brennan", "Castellanos", "Nakamura");
    }

    private List<Violation> violations(ObjectNode record) {
        return VALIDATOR.read(AuditJson.bytes(record), ExternalAudit.class).violations();
    }

    static List<SpecExamples.Example> auditExamples() {
        return SpecExamples.examplesOf("ExternalAudit");
    }

    @ParameterizedTest
    @MethodSource("auditExamples")
    void everyAuditExampleProducesExactlyTheDeclaredViolations(SpecExamples.Example example) {
        List<Violation> violations = VALIDATOR.read(example.json(), ExternalAudit.class).violations();

        assertThat(violations)
                .extracting(v -> new SpecExamples.Expected(v.getPointer(), v.getRule(), v.getSeverity().getValue()))
                .containsExactlyInAnyOrderElementsOf(example.expected());
        assertThat(violations).allSatisfy(v -> assertThat(v.getFormItem()).as(v.getPointer()).isNotBlank());
    }
}
