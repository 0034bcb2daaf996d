package org.govforms.domain.fafsapj;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.EnumSet;
import java.util.Set;
import org.govforms.domain.Violations;
import org.govforms.model.ProfessionalJudgmentDetermination;
import org.govforms.model.ProfessionalJudgmentDetermination.DenialReasonEnum;
import org.govforms.model.ProfessionalJudgmentDetermination.DependencyStatusEnum;
import org.govforms.model.ProfessionalJudgmentDetermination.OutcomeEnum;
import org.govforms.model.ProfessionalJudgmentDocumentation.ReviewStatusEnum;
import org.govforms.model.ProfessionalJudgmentPolicy;
import org.govforms.model.ProfessionalJudgmentRecord;
import org.govforms.model.ProfessionalJudgmentRenewal;
import org.govforms.model.ProfessionalJudgmentRequest;
import org.govforms.model.ProfessionalJudgmentRequest.RequestTypeEnum;
import org.govforms.model.ProfessionalJudgmentStudent;
import org.govforms.model.Violation;

import static org.govforms.domain.fafsapj.FafsaPjRecords.awardYear;
import static org.govforms.domain.fafsapj.FafsaPjRecords.list;
import static org.govforms.domain.fafsapj.FafsaPjRecords.yes;

/**
 * The FAFSA-PJ rules that need more than the record: the student's records of other award years at the
 * same institution, the institution's policy, and today's date. Pure functions; the server passes the
 * caller's records and its clock.
 */
public final class FafsaPjContextRules {

    private static final Class<ProfessionalJudgmentRecord> RECORD = ProfessionalJudgmentRecord.class;
    private static final Set<OutcomeEnum> GRANTED = EnumSet.of(OutcomeEnum.APPROVED, OutcomeEnum.APPROVED_IN_PART);
    private static final Set<ReviewStatusEnum> OUTSTANDING = EnumSet.of(ReviewStatusEnum.REQUESTED, ReviewStatusEnum.NOT_PROVIDED);

    private FafsaPjContextRules() {
    }

    /** Every context rule: R.14 against the other records, R.17 against today, R.47 against the policy. */
    public static List<Violation> check(ProfessionalJudgmentRecord record, Collection<ProfessionalJudgmentRecord> others,
                                        Collection<ProfessionalJudgmentPolicy> policies, LocalDate today) {
        List<Violation> violations = new ArrayList<>(renewalPresumption(record, others));
        violations.addAll(sixtyDayTimeframe(record, today));
        violations.addAll(institutionLimits(record, policies));
        return violations;
    }

    /**
     * FAFSA-PJ:R.14. A prior final determination of independence claimed in the renewal section must be a
     * record of an earlier award year at this institution with an unusual-circumstance override granted as
     * independent; and when such a record exists but is not claimed, the presumption is reported (warning).
     */
    public static List<Violation> renewalPresumption(ProfessionalJudgmentRecord record,
                                                     Collection<ProfessionalJudgmentRecord> others) {
        ProfessionalJudgmentStudent student = record.getStudent();
        if (student == null) {
            return List.of();
        }
        List<ProfessionalJudgmentRecord> priors = others.stream()
                .filter(other -> other != null && other != record && !Objects.equals(other.getId(), record.getId()))
                .filter(other -> other.getStudent() != null
                        && Objects.equals(other.getStudent().getStudentIdentifier(), student.getStudentIdentifier())
                        && Objects.equals(other.getStudent().getFederalSchoolCode(), student.getFederalSchoolCode())
                        && awardYear(other) > 0 && awardYear(other) < awardYear(record))
                .filter(FafsaPjContextRules::independentByOverride)
                .toList();
        ProfessionalJudgmentRenewal renewal = record.getRenewal();
        if (renewal != null && yes(renewal.getPriorFinalDeterminationOfIndependence())) {
            boolean found = priors.stream().anyMatch(prior -> renewal.getPriorDeterminationRecordId() == null
                    || renewal.getPriorDeterminationRecordId().equals(prior.getId()));
            return found ? List.of() : List.of(Violations.of(RECORD, "/renewal/priorFinalDeterminationOfIndependence",
                    "FAFSA-PJ:R.14", false, "PRIOR_DETERMINATION_NOT_FOUND",
                    "No record of an earlier award year at this institution holds a granted unusual-circumstance override for this student; give the prior record or answer No."));
        }
        if (!priors.isEmpty()) {
            return List.of(Violations.of(RECORD, renewal == null ? "/renewal" : "/renewal/priorFinalDeterminationOfIndependence",
                    "FAFSA-PJ:R.14", true, "PRESUMED_INDEPENDENT_NOT_RECORDED",
                    "An earlier award year's record at this institution holds a final determination of independence for this student; the student is presumed independent unless circumstances changed."));
        }
        return List.of();
    }

    /**
     * FAFSA-PJ:R.17. Requests for a determination of independence still undecided 60 days after they were
     * received are reported (warning; a later determination stays allowed), and a denial for documentation
     * not provided within 60 days needs an item requested at least 60 days before and still outstanding.
     */
    public static List<Violation> sixtyDayTimeframe(ProfessionalJudgmentRecord record, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        List<ProfessionalJudgmentRequest> requests = list(record.getRequests());
        for (int i = 0; i < requests.size(); i++) {
            ProfessionalJudgmentRequest request = requests.get(i);
            if (request != null && request.getDateReceived() != null && FafsaPjComputed.undecided(record, request)
                    && today.isAfter(request.getDateReceived().plusDays(FafsaPjComputed.DETERMINATION_DAYS))) {
                violations.add(Violations.of(RECORD, "/requests/" + i + "/status", "FAFSA-PJ:R.17", true,
                        "DETERMINATION_PENDING_MORE_THAN_60_DAYS",
                        "This request for a determination of independence has waited more than 60 days; decide it as soon as practicable."));
            }
        }
        List<ProfessionalJudgmentDetermination> determinations = list(record.getDeterminations());
        for (int i = 0; i < determinations.size(); i++) {
            ProfessionalJudgmentDetermination determination = determinations.get(i);
            if (determination == null || determination.getDenialReason() != DenialReasonEnum.DOCUMENTATION_NOT_PROVIDED_WITHIN_60_DAYS) {
                continue;
            }
            LocalDate decided = determination.getDeterminationDate() == null ? today : determination.getDeterminationDate();
            boolean outstanding = list(record.getDocumentation()).stream().anyMatch(item -> item != null
                    && Objects.equals(item.getRequestId(), determination.getRequestId())
                    && OUTSTANDING.contains(item.getReviewStatus()) && item.getDateRequested() != null
                    && !decided.isBefore(item.getDateRequested().plusDays(FafsaPjComputed.DETERMINATION_DAYS)));
            if (!outstanding) {
                violations.add(Violations.of(RECORD, "/determinations/" + i + "/denialReason", "FAFSA-PJ:R.17", false,
                        "DENIED_BEFORE_60_DAYS_PASSED",
                        "A denial for documentation not provided within 60 days needs a documentation item requested at least 60 days before the determination and still not provided."));
            }
        }
        return violations;
    }

    /** FAFSA-PJ:R.47. The license or credential attempts in the budget stay within the institution's limit. */
    public static List<Violation> institutionLimits(ProfessionalJudgmentRecord record,
                                                    Collection<ProfessionalJudgmentPolicy> policies) {
        if (record.getStudent() == null || record.getCostOfAttendance() == null
                || record.getCostOfAttendance().getLicensureAttempts() == null) {
            return List.of();
        }
        int attempts = record.getCostOfAttendance().getLicensureAttempts();
        boolean aboveLimit = policies.stream()
                .filter(policy -> policy != null && Objects.equals(policy.getFederalSchoolCode(), record.getStudent().getFederalSchoolCode())
                        && Objects.equals(policy.getAwardYear(), record.getStudent().getAwardYear()))
                .anyMatch(policy -> policy.getLicensureAttemptLimit() != null && attempts > policy.getLicensureAttemptLimit());
        return aboveLimit ? List.of(Violations.of(RECORD, "/costOfAttendance/licensureAttempts", "FAFSA-PJ:R.47", false,
                "LICENSURE_ATTEMPTS_ABOVE_INSTITUTION_LIMIT",
                "The institution's policy for this award year limits the license or credential attempts in the budget; stay within it."))
                : List.of();
    }

    private static boolean independentByOverride(ProfessionalJudgmentRecord prior) {
        return list(prior.getDeterminations()).stream().anyMatch(determination -> determination != null
                && GRANTED.contains(determination.getOutcome())
                && determination.getDependencyStatus() == DependencyStatusEnum.INDEPENDENT
                && FafsaPjRecords.requestType(prior, determination.getRequestId()) == RequestTypeEnum.UNUSUAL_CIRCUMSTANCE_OVERRIDE);
    }
}
