package org.govforms.domain.fafsapj;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.govforms.domain.rules.RecordRule;
import org.govforms.model.OtherInstitutionDetermination;
import org.govforms.model.OtherInstitutionDetermination.LearnedFromEnum;
import org.govforms.model.ProfessionalJudgmentAdjustment;
import org.govforms.model.ProfessionalJudgmentAdjustment.ElementKindEnum;
import org.govforms.model.ProfessionalJudgmentAdjustment.IsirResultEnum;
import org.govforms.model.ProfessionalJudgmentAdjustment.ProfessionalJudgmentFlagEnum;
import org.govforms.model.ProfessionalJudgmentDetermination;
import org.govforms.model.ProfessionalJudgmentDetermination.DependencyOverrideCodeEnum;
import org.govforms.model.ProfessionalJudgmentDetermination.DependencyStatusEnum;
import org.govforms.model.ProfessionalJudgmentDetermination.OutcomeEnum;
import org.govforms.model.ProfessionalJudgmentDocumentation;
import org.govforms.model.ProfessionalJudgmentDocumentation.KindEnum;
import org.govforms.model.ProfessionalJudgmentDocumentation.ProvidedAsEnum;
import org.govforms.model.ProfessionalJudgmentDocumentation.PurposeEnum;
import org.govforms.model.ProfessionalJudgmentDocumentation.ReviewStatusEnum;
import org.govforms.model.ProfessionalJudgmentNotice;
import org.govforms.model.ProfessionalJudgmentNotice.NoticeTypeEnum;
import org.govforms.model.ProfessionalJudgmentRecord;
import org.govforms.model.ProfessionalJudgmentRenewal;
import org.govforms.model.ProfessionalJudgmentRequest;
import org.govforms.model.ProfessionalJudgmentRequest.AdjustmentTargetsEnum;
import org.govforms.model.ProfessionalJudgmentRequest.RequestTypeEnum;
import org.govforms.model.ProfessionalJudgmentStudent;
import org.govforms.model.ProfessionalJudgmentStudent.IsirDependencyStatusEnum;
import org.govforms.model.UnemploymentAdjustment;

import static org.govforms.domain.fafsapj.FafsaPjRecords.ADJUSTMENT;
import static org.govforms.domain.fafsapj.FafsaPjRecords.INDEPENDENCE;
import static org.govforms.domain.fafsapj.FafsaPjRecords.awardYear;
import static org.govforms.domain.fafsapj.FafsaPjRecords.blank;
import static org.govforms.domain.fafsapj.FafsaPjRecords.documentation;
import static org.govforms.domain.fafsapj.FafsaPjRecords.firstYear;
import static org.govforms.domain.fafsapj.FafsaPjRecords.list;
import static org.govforms.domain.fafsapj.FafsaPjRecords.request;
import static org.govforms.domain.fafsapj.FafsaPjRecords.requestType;
import static org.govforms.domain.fafsapj.FafsaPjRecords.yes;
import static org.govforms.domain.rules.RecordRule.error;
import static org.govforms.domain.rules.RecordRule.warning;

/**
 * The rules of GEN-22-15 on requests, adjustments, documentation, notices, determinations, renewal and
 * retention of a professional-judgment record.
 */
final class FafsaPjRequestRules {

    private static final Class<ProfessionalJudgmentRecord> RECORD = ProfessionalJudgmentRecord.class;
    private static final int FIRST_PROVISIONAL_YEAR = 2024;
    private static final int YEAR_2023_24 = 2023;
    private static final Pattern EFC_OR_SAI = Pattern.compile(
            "\\b(efc|sai|expected family contribution|student aid index)\\b", Pattern.CASE_INSENSITIVE);
    private static final Set<KindEnum> ADVOCATE_OR_TRIO = EnumSet.of(KindEnum.ATTORNEY_GUARDIAN_AD_LITEM_OR_ADVOCATE,
            KindEnum.TRIO_OR_GEAR_UP);
    private static final Set<KindEnum> HOMELESS_AUTHORITIES = EnumSet.of(KindEnum.LEA_HOMELESS_LIAISON,
            KindEnum.HOMELESSNESS_PROGRAM_DIRECTOR, KindEnum.TRIO_OR_GEAR_UP, KindEnum.OTHER_INSTITUTION_FAA);
    private static final Set<KindEnum> FOSTER_AUTHORITIES = EnumSet.of(KindEnum.FOSTER_CARE_RECORD,
            KindEnum.ATTORNEY_GUARDIAN_AD_LITEM_OR_ADVOCATE, KindEnum.CHAFEE_VOUCHER_ELIGIBILITY,
            KindEnum.OTHER_INSTITUTION_FAA, KindEnum.TITLE_IV_B_OR_IV_E_AGENCY, KindEnum.STATE_MEDICAID_AGENCY,
            KindEnum.FOSTER_CARE_PLACEMENT);
    private static final Set<ProvidedAsEnum> CALL_STATEMENT_OR_MATCH = EnumSet.of(ProvidedAsEnum.DOCUMENTED_PHONE_CALL,
            ProvidedAsEnum.WRITTEN_STATEMENT, ProvidedAsEnum.ELECTRONIC_DATA_MATCH);

    private FafsaPjRequestRules() {
    }

    private static boolean independence(ProfessionalJudgmentRecord record, ProfessionalJudgmentDetermination determination) {
        return INDEPENDENCE.contains(requestType(record, determination.getRequestId()));
    }

    private static boolean override(ProfessionalJudgmentRecord record, String requestId) {
        return requestType(record, requestId) == RequestTypeEnum.UNUSUAL_CIRCUMSTANCE_OVERRIDE;
    }

    private static boolean accepted(ProfessionalJudgmentDocumentation item) {
        return item.getReviewStatus() == ReviewStatusEnum.ACCEPTED;
    }

    static final RecordRule<ProfessionalJudgmentRecord> CASE_BY_CASE = error("FAFSA-PJ:R.3",
            "DETERMINATION_NOT_CASE_BY_CASE",
            "Every determination is made case by case on this student's documented circumstances; confirm it.",
            RECORD, (record, findings) -> {
                List<ProfessionalJudgmentDetermination> determinations = list(record.getDeterminations());
                for (int i = 0; i < determinations.size(); i++) {
                    if (determinations.get(i) != null && Boolean.FALSE.equals(determinations.get(i).getDecidedCaseByCase())) {
                        findings.at("/determinations/" + i + "/decidedCaseByCase");
                    }
                }
            });

    static final RecordRule<ProfessionalJudgmentRecord> ACCEPTED_DOCUMENTATION = error("FAFSA-PJ:R.4",
            "DOCUMENTATION_NOT_ACCEPTED",
            "Cite at least one accepted documentation item (or another institution's determination) that covers the person whose circumstances are decided.",
            RECORD, (record, findings) -> {
                List<ProfessionalJudgmentDetermination> determinations = list(record.getDeterminations());
                for (int i = 0; i < determinations.size(); i++) {
                    ProfessionalJudgmentDetermination determination = determinations.get(i);
                    if (determination == null || list(determination.getDocumentationRelied()).isEmpty()) {
                        continue;
                    }
                    boolean supported = determination.getDocumentationRelied().stream().anyMatch(id ->
                            documentation(record, id).filter(FafsaPjRequestRules::accepted).isPresent()
                                    || list(record.getOtherInstitutionDeterminations()).stream()
                                    .anyMatch(other -> other != null && id != null && id.equals(other.getConfirmationId())));
                    if (!supported) {
                        findings.at("/determinations/" + i + "/documentationRelied");
                    }
                }
                List<ProfessionalJudgmentAdjustment> adjustments = list(record.getAdjustments());
                for (int i = 0; i < adjustments.size(); i++) {
                    ProfessionalJudgmentAdjustment adjustment = adjustments.get(i);
                    if (adjustment == null || list(adjustment.getDocumentationIds()).isEmpty()) {
                        continue;
                    }
                    String person = adjustment.getWhoseData() == null ? null : adjustment.getWhoseData().getValue();
                    boolean supported = adjustment.getDocumentationIds().stream().anyMatch(id ->
                            documentation(record, id).filter(FafsaPjRequestRules::accepted)
                                    .filter(item -> person == null || list(item.getSubstantiates()).stream()
                                            .anyMatch(whose -> whose.getValue().equals(person)))
                                    .isPresent());
                    if (!supported) {
                        findings.at("/adjustments/" + i + "/documentationIds");
                    }
                }
            });

    static final RecordRule<ProfessionalJudgmentRecord> ADJUSTMENT_REQUEST = error("FAFSA-PJ:R.6",
            "ADJUSTMENT_NOT_FOR_A_SPECIAL_CIRCUMSTANCE",
            "Adjustments answer a special circumstance or a disaster, emergency or economic downturn request of this record; unusual circumstances change dependency status instead.",
            RECORD, (record, findings) -> {
                List<ProfessionalJudgmentAdjustment> adjustments = list(record.getAdjustments());
                for (int i = 0; i < adjustments.size(); i++) {
                    if (adjustments.get(i) != null && !ADJUSTMENT.contains(requestType(record, adjustments.get(i).getRequestId()))) {
                        findings.at("/adjustments/" + i + "/requestId");
                    }
                }
            });

    static final RecordRule<ProfessionalJudgmentRecord> ADJUSTMENT_TARGET = error("FAFSA-PJ:R.6",
            "ADJUSTMENT_NOT_AMONG_REQUEST_TARGETS",
            "The request this adjustment answers must name what it targets (cost of attendance components or EFC/SAI data elements) and include this kind.",
            RECORD, (record, findings) -> {
                List<ProfessionalJudgmentAdjustment> adjustments = list(record.getAdjustments());
                for (int i = 0; i < adjustments.size(); i++) {
                    ProfessionalJudgmentAdjustment adjustment = adjustments.get(i);
                    Optional<ProfessionalJudgmentRequest> request = adjustment == null ? Optional.empty()
                            : request(record, adjustment.getRequestId());
                    if (request.isEmpty() || !ADJUSTMENT.contains(request.get().getRequestType()) || adjustment.getElementKind() == null) {
                        continue;
                    }
                    AdjustmentTargetsEnum target = adjustment.getElementKind() == ElementKindEnum.COST_OF_ATTENDANCE_COMPONENT
                            ? AdjustmentTargetsEnum.COST_OF_ATTENDANCE_COMPONENTS : AdjustmentTargetsEnum.EFC_SAI_DATA_ELEMENTS;
                    if (!list(request.get().getAdjustmentTargets()).contains(target)) {
                        findings.at("/adjustments/" + i + "/elementKind");
                    }
                }
            });

    static final RecordRule<ProfessionalJudgmentRecord> LINKED_REQUEST = error("FAFSA-PJ:R.7",
            "LINKED_REQUEST_UNKNOWN",
            "A linked request is another request of this record; give its request identifier.",
            RECORD, (record, findings) -> {
                List<ProfessionalJudgmentRequest> requests = list(record.getRequests());
                for (int i = 0; i < requests.size(); i++) {
                    ProfessionalJudgmentRequest request = requests.get(i);
                    if (request != null && request.getLinkedRequestId() != null
                            && (request.getLinkedRequestId().equals(request.getRequestId())
                            || request(record, request.getLinkedRequestId()).isEmpty())) {
                        findings.at("/requests/" + i + "/linkedRequestId");
                    }
                }
            });

    static final RecordRule<ProfessionalJudgmentRecord> OVERRIDE_CODE_MATCHES_REQUEST = error("FAFSA-PJ:R.8",
            "OVERRIDE_CODE_DOES_NOT_MATCH_REQUEST",
            "Code 1 (dependent to independent) reports an unusual-circumstance override and code 4 a homeless youth determination; they are not interchangeable.",
            RECORD, (record, findings) -> {
                List<ProfessionalJudgmentDetermination> determinations = list(record.getDeterminations());
                for (int i = 0; i < determinations.size(); i++) {
                    ProfessionalJudgmentDetermination determination = determinations.get(i);
                    if (determination == null) {
                        continue;
                    }
                    RequestTypeEnum type = requestType(record, determination.getRequestId());
                    DependencyOverrideCodeEnum code = determination.getDependencyOverrideCode();
                    if ((code == DependencyOverrideCodeEnum.DEPENDENT_TO_INDEPENDENT && type != RequestTypeEnum.UNUSUAL_CIRCUMSTANCE_OVERRIDE)
                            || (code == DependencyOverrideCodeEnum.HOMELESS_YOUTH_DETERMINATION && type != RequestTypeEnum.HOMELESS_YOUTH)) {
                        findings.at("/determinations/" + i + "/dependencyOverrideCode");
                    }
                }
            });

    static final RecordRule<ProfessionalJudgmentRecord> UNUSUAL_CIRCUMSTANCE_INDICATED = error("FAFSA-PJ:R.9",
            "UNUSUAL_CIRCUMSTANCE_NOT_INDICATED",
            "For 2023-24 a student asking for a dependency override indicates the unusual circumstance on the FAFSA.",
            RECORD, (record, findings) -> {
                ProfessionalJudgmentStudent student = record.getStudent();
                boolean overrideRequested = list(record.getRequests()).stream()
                        .anyMatch(request -> request != null && request.getRequestType() == RequestTypeEnum.UNUSUAL_CIRCUMSTANCE_OVERRIDE);
                if (student != null && awardYear(record) == YEAR_2023_24 && overrideRequested
                        && !yes(student.getUnusualCircumstanceIndicated())) {
                    findings.at("/student/unusualCircumstanceIndicated");
                }
            });

    static final RecordRule<ProfessionalJudgmentRecord> PROVISIONAL_FROM_2024_25 = error("FAFSA-PJ:R.10",
            "PROVISIONAL_STATUS_NOT_AVAILABLE",
            "Provisional independent status exists only from award year 2024-25, for a student who indicated an unusual circumstance.",
            RECORD, (record, findings) -> {
                ProfessionalJudgmentStudent student = record.getStudent();
                if (student != null && yes(student.getProvisionalIndependentStatus())
                        && (awardYear(record) < FIRST_PROVISIONAL_YEAR || !yes(student.getUnusualCircumstanceIndicated()))) {
                    findings.at("/student/provisionalIndependentStatus");
                }
            });

    static final RecordRule<ProfessionalJudgmentRecord> PROVISIONAL_RESOLVED = error("FAFSA-PJ:R.10",
            "PROVISIONAL_STATUS_NOT_RESOLVED",
            "Under provisional independent status, the determination of the override says whether independence is confirmed.",
            RECORD, (record, findings) -> {
                if (record.getStudent() == null || !yes(record.getStudent().getProvisionalIndependentStatus())) {
                    return;
                }
                List<ProfessionalJudgmentDetermination> determinations = list(record.getDeterminations());
                for (int i = 0; i < determinations.size(); i++) {
                    ProfessionalJudgmentDetermination determination = determinations.get(i);
                    if (determination != null && override(record, determination.getRequestId())
                            && determination.getOutcome() != OutcomeEnum.WITHDRAWN
                            && determination.getProvisionalStatusResolution() == null) {
                        findings.at("/determinations/" + i + "/provisionalStatusResolution");
                    }
                }
            });

    static final RecordRule<ProfessionalJudgmentRecord> PROCESS_NOTICE = error("FAFSA-PJ:R.11",
            "PROCESS_NOTICE_MISSING",
            "A student asking for an unusual-circumstance override is told the process, the requirements and a reasonable review timeline.",
            RECORD, (record, findings) -> {
                List<ProfessionalJudgmentRequest> requests = list(record.getRequests());
                for (int i = 0; i < requests.size(); i++) {
                    ProfessionalJudgmentRequest request = requests.get(i);
                    if (request == null || request.getRequestType() != RequestTypeEnum.UNUSUAL_CIRCUMSTANCE_OVERRIDE) {
                        continue;
                    }
                    boolean told = list(record.getNotices()).stream().anyMatch(notice -> notice != null
                            && request.getRequestId() != null && request.getRequestId().equals(notice.getRequestId())
                            && notice.getNoticeType() == NoticeTypeEnum.PROCESS_REQUIREMENTS_AND_TIMELINE);
                    if (!told) {
                        findings.at("/requests/" + i + "/requestType");
                    }
                }
                List<ProfessionalJudgmentNotice> notices = list(record.getNotices());
                for (int j = 0; j < notices.size(); j++) {
                    ProfessionalJudgmentNotice notice = notices.get(j);
                    if (notice == null || notice.getNoticeType() != NoticeTypeEnum.PROCESS_REQUIREMENTS_AND_TIMELINE) {
                        continue;
                    }
                    if (blank(notice.getReviewProcess())) {
                        findings.at("/notices/" + j + "/reviewProcess");
                    }
                    if (blank(notice.getRequirements())) {
                        findings.at("/notices/" + j + "/requirements");
                    }
                    if (blank(notice.getReviewTimeline())) {
                        findings.at("/notices/" + j + "/reviewTimeline");
                    }
                }
            });

    static final RecordRule<ProfessionalJudgmentRecord> FINAL_DETERMINATION_NOTICE = error("FAFSA-PJ:R.12",
            "FINAL_DETERMINATION_NOTICE_INCOMPLETE",
            "A determination of independence is followed by a final determination notice that states the dependency status determined and the financial aid award.",
            RECORD, (record, findings) -> {
                List<ProfessionalJudgmentDetermination> determinations = list(record.getDeterminations());
                List<ProfessionalJudgmentNotice> notices = list(record.getNotices());
                for (int i = 0; i < determinations.size(); i++) {
                    ProfessionalJudgmentDetermination determination = determinations.get(i);
                    if (determination == null || !independence(record, determination)
                            || determination.getOutcome() == OutcomeEnum.WITHDRAWN) {
                        continue;
                    }
                    int j = noticeIndex(notices, determination.getFinalDeterminationNoticeId());
                    if (j < 0 || notices.get(j).getNoticeType() != NoticeTypeEnum.FINAL_DETERMINATION) {
                        findings.at("/determinations/" + i + "/finalDeterminationNoticeId");
                        continue;
                    }
                    ProfessionalJudgmentNotice notice = notices.get(j);
                    String status = determination.getDependencyStatus() == null ? null : determination.getDependencyStatus().getValue();
                    if (notice.getDependencyStatus() == null || !notice.getDependencyStatus().getValue().equals(status)) {
                        findings.at("/notices/" + j + "/dependencyStatus");
                    }
                    if (!yes(notice.getFinancialAidAwardCommunicated())) {
                        findings.at("/notices/" + j + "/financialAidAwardCommunicated");
                    }
                    if (notice.getDateSent() != null && determination.getDeterminationDate() != null
                            && notice.getDateSent().isBefore(determination.getDeterminationDate())) {
                        findings.at("/notices/" + j + "/dateSent");
                    }
                }
            });

    static final RecordRule<ProfessionalJudgmentRecord> RETENTION_PERIOD = error("FAFSA-PJ:R.13",
            "DISPOSED_BEFORE_RETENTION_ENDS",
            "The file is kept at least 3 years after the end of the student's last term of enrollment; it cannot be disposed of earlier.",
            RECORD, (record, findings) -> {
                if (record.getRetention() == null || record.getRetention().getDateDisposed() == null) {
                    return;
                }
                LocalDate retainUntil = FafsaPjComputed.retainUntil(record);
                if (retainUntil == null || record.getRetention().getDateDisposed().isBefore(retainUntil)) {
                    findings.at("/retention/dateDisposed");
                }
            });

    static final RecordRule<ProfessionalJudgmentRecord> INTERVIEWS_RETAINED = error("FAFSA-PJ:R.13",
            "DOCUMENTED_INTERVIEWS_NOT_RETAINED",
            "Documented interviews are part of the file and are kept with it.",
            RECORD, (record, findings) -> {
                boolean interviews = list(record.getDocumentation()).stream().anyMatch(item -> item != null
                        && (item.getKind() == KindEnum.DOCUMENTED_INTERVIEW || item.getProvidedAs() == ProvidedAsEnum.DOCUMENTED_INTERVIEW));
                if (record.getRetention() != null && interviews && !yes(record.getRetention().getDocumentedInterviewsRetained())) {
                    findings.at("/retention/documentedInterviewsRetained");
                }
            });

    static final RecordRule<ProfessionalJudgmentRecord> DENIED_OVERRIDE_LOANS = error("FAFSA-PJ:R.15",
            "DEPENDENT_LEVEL_LOAN_LIMIT_MISSING",
            "An override not granted leaves the student eligible only for dependent-level Direct Unsubsidized Loans (unless the student later files as a dependent); record it.",
            RECORD, (record, findings) -> {
                List<ProfessionalJudgmentDetermination> determinations = list(record.getDeterminations());
                for (int i = 0; i < determinations.size(); i++) {
                    ProfessionalJudgmentDetermination determination = determinations.get(i);
                    if (determination != null && override(record, determination.getRequestId())
                            && determination.getDependencyStatus() == DependencyStatusEnum.DEPENDENT
                            && !yes(determination.getDependentLevelUnsubsidizedLoansOnly())) {
                        findings.at("/determinations/" + i + "/dependentLevelUnsubsidizedLoansOnly");
                    }
                }
            });

    static final RecordRule<ProfessionalJudgmentRecord> SIXTY_DAYS = warning("FAFSA-PJ:R.16",
            "DETERMINATION_LATER_THAN_60_DAYS",
            "A determination of independence is due no later than 60 days after the student enrolled; a later one stands but is reported.",
            RECORD, (record, findings) -> {
                LocalDate due = FafsaPjComputed.determinationDueDate(record);
                List<ProfessionalJudgmentDetermination> determinations = list(record.getDeterminations());
                for (int i = 0; i < determinations.size(); i++) {
                    ProfessionalJudgmentDetermination determination = determinations.get(i);
                    if (due != null && determination != null && independence(record, determination)
                            && determination.getDeterminationDate() != null && determination.getDeterminationDate().isAfter(due)) {
                        findings.at("/determinations/" + i + "/determinationDate");
                    }
                }
            });

    static final RecordRule<ProfessionalJudgmentRecord> ENROLLMENT_DATE = warning("FAFSA-PJ:R.16",
            "ENROLLMENT_DATE_MISSING",
            "A determination of independence is due 60 days after the student enrolls; give the enrollment date once the student has enrolled.",
            RECORD, (record, findings) -> {
                if (record.getStudent() != null && record.getStudent().getEnrollmentDate() == null
                        && list(record.getRequests()).stream().anyMatch(FafsaPjRecords::asksForIndependence)) {
                    findings.at("/student/enrollmentDate");
                }
            });

    static final RecordRule<ProfessionalJudgmentRecord> CARRIED_OVER_ANSWERS = error("FAFSA-PJ:R.18",
            "CARRIED_OVER_ANSWERS_NOT_AFFIRMED",
            "Dependency answers carried over to the renewal FAFSA are affirmed by the student.",
            RECORD, (record, findings) -> {
                ProfessionalJudgmentRenewal renewal = record.getRenewal();
                if (renewal != null && !list(renewal.getCarriedOverDependencyAnswers()).isEmpty()
                        && !yes(renewal.getCarriedOverAnswersAffirmed())) {
                    findings.at("/renewal/carriedOverAnswersAffirmed");
                }
            });

    static final RecordRule<ProfessionalJudgmentRecord> RENEWAL_INDICATION = error("FAFSA-PJ:R.19",
            "RENEWAL_INDICATION_NOT_RECORDED",
            "For 2023-24 a renewal applicant with a prior override indicates again the inability to provide parent information; record whether the student did.",
            RECORD, (record, findings) -> {
                ProfessionalJudgmentRenewal renewal = record.getRenewal();
                if (renewal != null && awardYear(record) == YEAR_2023_24 && yes(renewal.getPriorFinalDeterminationOfIndependence())
                        && renewal.getAgainIndicatedNoParentInformation() == null) {
                    findings.at("/renewal/againIndicatedNoParentInformation");
                }
            });

    static final RecordRule<ProfessionalJudgmentRecord> OTHER_INSTITUTION_AWARD_YEAR = error("FAFSA-PJ:R.20",
            "OTHER_DETERMINATION_FROM_LATER_AWARD_YEAR",
            "Another institution's determination is used only when it is from the same or a prior award year.",
            RECORD, (record, findings) -> {
                List<OtherInstitutionDetermination> others = list(record.getOtherInstitutionDeterminations());
                int year = awardYear(record);
                for (int i = 0; i < others.size(); i++) {
                    OtherInstitutionDetermination other = others.get(i);
                    if (other != null && yes(other.getReliedOn()) && year > 0 && firstYear(other.getAwardYear()) > year) {
                        findings.at("/otherInstitutionDeterminations/" + i + "/awardYear");
                    }
                }
            });

    static final RecordRule<ProfessionalJudgmentRecord> OTHER_INSTITUTION_DOCUMENTED = error("FAFSA-PJ:R.21",
            "OTHER_DETERMINATION_NOT_DOCUMENTED",
            "Another institution's determination is documented in this record's documentation list; for 2023-24 the ISIR carries no indicator of it.",
            RECORD, (record, findings) -> {
                List<OtherInstitutionDetermination> others = list(record.getOtherInstitutionDeterminations());
                for (int i = 0; i < others.size(); i++) {
                    OtherInstitutionDetermination other = others.get(i);
                    if (other == null) {
                        continue;
                    }
                    if (other.getDocumentationId() != null && documentation(record, other.getDocumentationId()).isEmpty()) {
                        findings.at("/otherInstitutionDeterminations/" + i + "/documentationId");
                    }
                    if (awardYear(record) == YEAR_2023_24 && other.getLearnedFrom() == LearnedFromEnum.ISIR_INDICATOR) {
                        findings.at("/otherInstitutionDeterminations/" + i + "/learnedFrom");
                    }
                }
            });

    static final RecordRule<ProfessionalJudgmentRecord> RELATIONSHIP_CONFIRMED = error("FAFSA-PJ:R.24",
            "RELATIONSHIP_TO_STUDENT_NOT_CONFIRMED",
            "A statement from an attorney, guardian ad litem, advocate or TRIO/GEAR UP representative is accepted only when it confirms the relationship to the student.",
            RECORD, (record, findings) -> documentationRows(record, (item, i) -> {
                if (item.getPurpose() == PurposeEnum.UNUSUAL_CIRCUMSTANCE && ADVOCATE_OR_TRIO.contains(item.getKind())
                        && accepted(item) && !yes(item.getConfirmsRelationshipToStudent())) {
                    findings.at("/documentation/" + i + "/confirmsRelationshipToStudent");
                }
            }));

    static final RecordRule<ProfessionalJudgmentRecord> HOMELESS_DOCUMENTATION = error("FAFSA-PJ:R.25",
            "HOMELESS_YOUTH_DOCUMENTATION_IS_ADEQUATE",
            "A homeless liaison, shelter or program director, TRIO/GEAR UP director or another FAA confirming by call, statement or data match is adequate documentation.",
            RECORD, (record, findings) -> documentationRows(record, (item, i) -> {
                if (item.getPurpose() == PurposeEnum.HOMELESS_YOUTH && HOMELESS_AUTHORITIES.contains(item.getKind())
                        && CALL_STATEMENT_OR_MATCH.contains(item.getProvidedAs())
                        && item.getReviewStatus() == ReviewStatusEnum.NOT_ADEQUATE) {
                    findings.at("/documentation/" + i + "/reviewStatus");
                }
            }));

    static final RecordRule<ProfessionalJudgmentRecord> FOSTER_DOCUMENTATION = error("FAFSA-PJ:R.27",
            "FOSTER_CARE_DOCUMENTATION_IS_ADEQUATE",
            "Without conflicting information, the documentation GEN-22-15 lists for foster care youth must be accepted as adequate.",
            RECORD, (record, findings) -> documentationRows(record, (item, i) -> {
                if (item.getPurpose() == PurposeEnum.FOSTER_CARE_YOUTH && FOSTER_AUTHORITIES.contains(item.getKind())
                        && Boolean.FALSE.equals(item.getConflictingInformation())
                        && item.getReviewStatus() == ReviewStatusEnum.NOT_ADEQUATE) {
                    findings.at("/documentation/" + i + "/reviewStatus");
                }
            }));

    static final RecordRule<ProfessionalJudgmentRecord> NO_MORE_DOCUMENTS_WITHOUT_CONFLICT = error("FAFSA-PJ:R.28",
            "ADDITIONAL_DOCUMENTATION_WITHOUT_CONFLICT",
            "More documentation is asked of a renewing homeless or foster youth only to resolve conflicting information; state that information.",
            RECORD, (record, findings) -> {
                ProfessionalJudgmentRenewal renewal = record.getRenewal();
                if (renewal != null && yes(renewal.getAdditionalDocumentationRequested())
                        && blank(renewal.getAdditionalDocumentationJustification())) {
                    findings.at("/renewal/additionalDocumentationJustification");
                }
            });

    static final RecordRule<ProfessionalJudgmentRecord> UNEMPLOYMENT_EVIDENCE = error("FAFSA-PJ:R.29",
            "UNEMPLOYMENT_EVIDENCE_NOT_DOCUMENTED",
            "Income from work is set to zero only on a disaster, emergency or economic downturn request, with the unemployment evidence in the documentation list.",
            RECORD, (record, findings) -> {
                List<UnemploymentAdjustment> rows = list(record.getUnemploymentAdjustments());
                for (int i = 0; i < rows.size(); i++) {
                    UnemploymentAdjustment row = rows.get(i);
                    if (row == null || !yes(row.getIncomeFromWorkSetToZero())) {
                        continue;
                    }
                    if (requestType(record, row.getRequestId()) != RequestTypeEnum.DISASTER_EMERGENCY_OR_DOWNTURN) {
                        findings.at("/unemploymentAdjustments/" + i + "/requestId");
                    }
                    if (row.getDocumentationId() != null && documentation(record, row.getDocumentationId())
                            .filter(item -> item.getPurpose() == PurposeEnum.UNEMPLOYMENT_DURING_EMERGENCY).isEmpty()) {
                        findings.at("/unemploymentAdjustments/" + i + "/documentationId");
                    }
                }
            });

    static final RecordRule<ProfessionalJudgmentRecord> UNEMPLOYMENT_EVIDENCE_AGE = error("FAFSA-PJ:R.31",
            "UNEMPLOYMENT_EVIDENCE_OLDER_THAN_90_DAYS",
            "Unemployment evidence submitted more than 90 days after it was issued is used only under the school's documented professional judgment, with no reason to suspect conflicting information.",
            RECORD, (record, findings) -> {
                List<UnemploymentAdjustment> rows = list(record.getUnemploymentAdjustments());
                for (int i = 0; i < rows.size(); i++) {
                    UnemploymentAdjustment row = rows.get(i);
                    Integer age = row == null ? null : FafsaPjComputed.evidenceAge(row);
                    if (age == null || age <= 90) {
                        continue;
                    }
                    if (!yes(row.getOlderEvidenceAccepted())) {
                        findings.at("/unemploymentAdjustments/" + i + "/olderEvidenceAccepted");
                    }
                    if (!yes(row.getNoConflictingInformation())) {
                        findings.at("/unemploymentAdjustments/" + i + "/noConflictingInformation");
                    }
                }
            });

    static final RecordRule<ProfessionalJudgmentRecord> INPUTS_ONLY = error("FAFSA-PJ:R.55",
            "ADJUSTMENT_OF_THE_EFC_OR_SAI_ITSELF",
            "Professional judgment changes the inputs (cost of attendance components or data elements), never the EFC or SAI itself; name the data element changed.",
            RECORD, (record, findings) -> {
                List<ProfessionalJudgmentAdjustment> adjustments = list(record.getAdjustments());
                for (int i = 0; i < adjustments.size(); i++) {
                    ProfessionalJudgmentAdjustment adjustment = adjustments.get(i);
                    if (adjustment != null && adjustment.getDataElement() != null
                            && EFC_OR_SAI.matcher(adjustment.getDataElement()).find()) {
                        findings.at("/adjustments/" + i + "/dataElement");
                    }
                }
            });

    static final RecordRule<ProfessionalJudgmentRecord> CONFLICT_RESOLVED = error("FAFSA-PJ:R.55",
            "CONFLICTING_INFORMATION_NOT_RESOLVED",
            "Conflicting information is resolved before professional judgment is exercised; say how it was resolved.",
            RECORD, (record, findings) -> documentationRows(record, (item, i) -> {
                if (yes(item.getConflictingInformation()) && blank(item.getConflictResolution())) {
                    findings.at("/documentation/" + i + "/conflictResolution");
                }
            }));

    static final RecordRule<ProfessionalJudgmentRecord> ISIR_PROFESSIONAL_JUDGMENT = error("FAFSA-PJ:R.56",
            "ISIR_PROFESSIONAL_JUDGMENT_INCOMPLETE",
            "An EFC/SAI data element adjustment is reported with the professional judgment flag; a processed result names the ISIR transaction and the recalculated EFC or SAI.",
            RECORD, (record, findings) -> {
                List<ProfessionalJudgmentAdjustment> adjustments = list(record.getAdjustments());
                for (int i = 0; i < adjustments.size(); i++) {
                    ProfessionalJudgmentAdjustment adjustment = adjustments.get(i);
                    if (adjustment == null) {
                        continue;
                    }
                    String at = "/adjustments/" + i + "/";
                    if (adjustment.getElementKind() == ElementKindEnum.EFC_SAI_DATA_ELEMENT && adjustment.getProfessionalJudgmentFlag() == null) {
                        findings.at(at + "professionalJudgmentFlag");
                    }
                    if (adjustment.getIsirResult() != null
                            && adjustment.getProfessionalJudgmentFlag() != ProfessionalJudgmentFlagEnum.ADJUSTMENT_REQUESTED) {
                        findings.at(at + "isirResult");
                    }
                    if (adjustment.getIsirResult() == IsirResultEnum.PROCESSED) {
                        if (adjustment.getIsirTransactionNumber() == null) {
                            findings.at(at + "isirTransactionNumber");
                        }
                        if (adjustment.getRecalculatedEfcOrSai() == null) {
                            findings.at(at + "recalculatedEfcOrSai");
                        }
                    }
                }
            });

    static final RecordRule<ProfessionalJudgmentRecord> OVERRIDE_CORRECTIONS = error("FAFSA-PJ:R.57",
            "OVERRIDE_CORRECTION_INCOMPLETE",
            "A cancelled (2) or failed (3) override concerns an override or homeless youth determination and names the ISIR transaction that shows it.",
            RECORD, (record, findings) -> {
                List<ProfessionalJudgmentDetermination> determinations = list(record.getDeterminations());
                for (int i = 0; i < determinations.size(); i++) {
                    ProfessionalJudgmentDetermination determination = determinations.get(i);
                    if (determination == null || (determination.getDependencyOverrideCode() != DependencyOverrideCodeEnum.CANCEL_OVERRIDE
                            && determination.getDependencyOverrideCode() != DependencyOverrideCodeEnum.OVERRIDE_FAILED)) {
                        continue;
                    }
                    RequestTypeEnum type = requestType(record, determination.getRequestId());
                    if (type != RequestTypeEnum.UNUSUAL_CIRCUMSTANCE_OVERRIDE && type != RequestTypeEnum.HOMELESS_YOUTH) {
                        findings.at("/determinations/" + i + "/dependencyOverrideCode");
                    }
                    if (determination.getIsirTransactionNumber() == null) {
                        findings.at("/determinations/" + i + "/isirTransactionNumber");
                    }
                }
            });

    static final RecordRule<ProfessionalJudgmentRecord> OVERRIDE_DIRECTION = error("FAFSA-PJ:R.58",
            "OVERRIDE_NOT_FROM_DEPENDENT_TO_INDEPENDENT",
            "An override goes only from dependent to independent: the ISIR showed the student dependent and the determination makes the student independent.",
            RECORD, (record, findings) -> {
                List<ProfessionalJudgmentDetermination> determinations = list(record.getDeterminations());
                boolean reported = false;
                for (int i = 0; i < determinations.size(); i++) {
                    ProfessionalJudgmentDetermination determination = determinations.get(i);
                    if (determination == null || determination.getDependencyOverrideCode() != DependencyOverrideCodeEnum.DEPENDENT_TO_INDEPENDENT) {
                        continue;
                    }
                    if (determination.getDependencyStatus() != DependencyStatusEnum.INDEPENDENT) {
                        findings.at("/determinations/" + i + "/dependencyStatus");
                    }
                    ProfessionalJudgmentStudent student = record.getStudent();
                    if (!reported && student != null && student.getIsirDependencyStatus() != IsirDependencyStatusEnum.DEPENDENT
                            && student.getIsirDependencyStatus() != IsirDependencyStatusEnum.DEPENDENT_REJECTED) {
                        findings.at("/student/isirDependencyStatus");
                        reported = true;
                    }
                }
            });

    static final List<RecordRule<?>> ALL = List.of(CASE_BY_CASE, ACCEPTED_DOCUMENTATION, ADJUSTMENT_REQUEST,
            ADJUSTMENT_TARGET, LINKED_REQUEST, OVERRIDE_CODE_MATCHES_REQUEST, UNUSUAL_CIRCUMSTANCE_INDICATED,
            PROVISIONAL_FROM_2024_25, PROVISIONAL_RESOLVED, PROCESS_NOTICE, FINAL_DETERMINATION_NOTICE, RETENTION_PERIOD,
            INTERVIEWS_RETAINED, DENIED_OVERRIDE_LOANS, SIXTY_DAYS, ENROLLMENT_DATE, CARRIED_OVER_ANSWERS,
            RENEWAL_INDICATION, OTHER_INSTITUTION_AWARD_YEAR, OTHER_INSTITUTION_DOCUMENTED, RELATIONSHIP_CONFIRMED,
            HOMELESS_DOCUMENTATION, FOSTER_DOCUMENTATION, NO_MORE_DOCUMENTS_WITHOUT_CONFLICT, UNEMPLOYMENT_EVIDENCE,
            UNEMPLOYMENT_EVIDENCE_AGE, INPUTS_ONLY, CONFLICT_RESOLVED, ISIR_PROFESSIONAL_JUDGMENT, OVERRIDE_CORRECTIONS,
            OVERRIDE_DIRECTION);

    private interface Row {
        void check(ProfessionalJudgmentDocumentation item, int index);
    }

    private static void documentationRows(ProfessionalJudgmentRecord record, Row row) {
        List<ProfessionalJudgmentDocumentation> items = list(record.getDocumentation());
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) != null) {
                row.check(items.get(i), i);
            }
        }
    }

    private static int noticeIndex(List<ProfessionalJudgmentNotice> notices, String noticeId) {
        for (int j = 0; noticeId != null && j < notices.size(); j++) {
            if (notices.get(j) != null && noticeId.equals(notices.get(j).getNoticeId())) {
                return j;
            }
        }
        return -1;
    }
}
