package org.govforms.domain.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.govforms.domain.Violations;
import org.govforms.model.AuditRecommendation;
import org.govforms.model.ExternalAudit;
import org.govforms.model.MissionActionPlan;
import org.govforms.model.MissionActionPlanMilestone;
import org.govforms.model.Violation;

import static org.govforms.domain.audit.Audits.is;
import static org.govforms.domain.audit.Audits.list;

/**
 * The rules of ICE Directive 1035.1 that depend on today's date: a MAP for every open recommendation once the
 * MAPs are due (R.42), updated MAPs on the entity's cadence (R.45), and an OIG recommendation kept moving until
 * it is resolved and closed (R.14). Pure functions of the audit and today; the server runs them on every write.
 * They are warnings: the record is right, the work it shows is late.
 */
public final class AuditContextRules {

    private AuditContextRules() {
    }

    public static List<Violation> check(ExternalAudit audit, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        if (is(audit.getAuditStatus(), "CLOSED")) {
            return violations;
        }
        mapForEveryOpenRecommendation(audit, today, violations);
        updatedMapsOnCadence(audit, today, violations);
        oigRecommendationsKeptMoving(audit, today, violations);
        return violations;
    }

    /** R.42: once the MAPs are due (to the ALO), every open recommendation has one. */
    static void mapForEveryOpenRecommendation(ExternalAudit audit, LocalDate today, List<Violation> violations) {
        LocalDate due = AuditSchedule.mapsDueToAlo(audit);
        if (due == null || !today.isAfter(due)) {
            return;
        }
        List<AuditRecommendation> recs = list(audit.getRecommendations());
        for (int i = 0; i < recs.size(); i++) {
            AuditRecommendation r = recs.get(i);
            if (AuditSchedule.open(r) && AuditSchedule.maps(audit, r.getRecommendationNumber()).isEmpty()) {
                violations.add(Violations.of(ExternalAudit.class, "/recommendations/" + i + "/open", "AUDIT:R.42", true,
                        "MAP_MISSING_FOR_OPEN_RECOMMENDATION",
                        "This recommendation is open and the MAPs are past due: develop and submit a MAP for it."));
            }
        }
    }

    /** R.45: while a recommendation is open, its latest MAP is updated by the next update date. */
    static void updatedMapsOnCadence(ExternalAudit audit, LocalDate today, List<Violation> violations) {
        List<MissionActionPlan> maps = list(audit.getMissionActionPlans());
        for (int i = 0; i < maps.size(); i++) {
            MissionActionPlan map = maps.get(i);
            if (map == null) {
                continue;
            }
            LocalDate next = AuditSchedule.nextUpdateDue(audit, map);
            if (next != null && today.isAfter(next)) {
                violations.add(Violations.of(ExternalAudit.class, "/missionActionPlans/" + i + "/dateSubmittedToEntity",
                        "AUDIT:R.45", true, "MAP_UPDATE_OVERDUE",
                        "The next MAP update is past due (GAO every 6 months, OIG every 90 days): submit an updated MAP."));
            }
        }
    }

    /** R.14: an OIG recommendation unresolved and open gets updates; resolved and open, its MAP actions are completed on time. */
    static void oigRecommendationsKeptMoving(ExternalAudit audit, LocalDate today, List<Violation> violations) {
        if (!is(audit.getExternalEntity(), "DHS_OIG")) {
            return;
        }
        List<AuditRecommendation> recs = list(audit.getRecommendations());
        for (int i = 0; i < recs.size(); i++) {
            AuditRecommendation r = recs.get(i);
            if (r == null || !AuditSchedule.open(r)) {
                continue;
            }
            var latest = AuditSchedule.latestMap(audit, r.getRecommendationNumber()).orElse(null);
            if (is(r.getOigStatus(), "UNRESOLVED_AND_OPEN") && latest != null) {
                LocalDate next = AuditSchedule.nextUpdateDue(audit, latest);
                if (next != null && today.isAfter(next)) {
                    violations.add(Violations.of(ExternalAudit.class, "/recommendations/" + i + "/oigStatus", "AUDIT:R.14", true,
                            "UNRESOLVED_RECOMMENDATION_WITHOUT_UPDATE",
                            "The recommendation is unresolved and open: send OIG an updated response until it is resolved and closed."));
                }
            }
            if (is(r.getOigStatus(), "RESOLVED_AND_OPEN") && latest != null) {
                int m = list(audit.getMissionActionPlans()).indexOf(latest);
                List<MissionActionPlanMilestone> milestones = list(latest.getMilestones());
                for (int k = 0; k < milestones.size(); k++) {
                    MissionActionPlanMilestone milestone = milestones.get(k);
                    if (milestone != null && !is(milestone.getStatus(), "COMPLETE") && milestone.getTargetDate() != null
                            && today.isAfter(milestone.getTargetDate())) {
                        violations.add(Violations.of(ExternalAudit.class, "/missionActionPlans/" + m + "/milestones/" + k + "/targetDate",
                                "AUDIT:R.14", true, "MAP_ACTION_PAST_TARGET",
                                "The recommendation is resolved and open: complete this MAP action; its target date has passed."));
                    }
                }
            }
        }
    }
}
