package org.govforms.domain.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.govforms.domain.Violations;
import org.govforms.model.AuditRecommendation;
import org.govforms.model.ExternalAudit;
import org.govforms.model.Violation;

import static org.govforms.domain.audit.Audits.PHASES;
import static org.govforms.domain.audit.Audits.is;
import static org.govforms.domain.audit.Audits.list;
import static org.govforms.domain.audit.Audits.phase;

/**
 * The moves between phases that ICE Directive 1035.1 allows, checked between the stored audit and its
 * replacement: one phase forward at a time, never back; from the final report straight to closure only when no
 * recommendation remains open; closure only with a MAP for every open recommendation; a closed audit stays
 * closed. A refused move names the rule of the step it skips or undoes.
 */
public final class AuditLifecycle {

    /** The rule that governs entering each phase (sec. 5.1-5.8 of the directive, as the catalogue records). */
    static final Map<String, String> ENTRY_RULE = Map.of(
            "ANNOUNCEMENT", "AUDIT:R.4",
            "ENTRANCE_CONFERENCE", "AUDIT:R.31",
            "FIELDWORK", "AUDIT:R.31",
            "EXIT_CONFERENCE", "AUDIT:R.34",
            "DRAFT_REPORT", "AUDIT:R.12",
            "FINAL_REPORT", "AUDIT:R.40",
            "CORRECTIVE_ACTION", "AUDIT:R.41",
            "CLOSURE", "AUDIT:R.5");

    private AuditLifecycle() {
    }

    public static List<Violation> transition(ExternalAudit stored, ExternalAudit proposed) {
        List<Violation> violations = new ArrayList<>();
        int from = phase(stored);
        int to = phase(proposed);
        if (is(stored.getAuditStatus(), "CLOSED") && !is(proposed.getAuditStatus(), "CLOSED")) {
            violations.add(violation("/auditStatus", "AUDIT:R.5", "CLOSED_AUDIT_REOPENED",
                    "The entity closed this audit; a closed audit is not reopened."));
        }
        if (from < 0 || to < 0 || from == to) {
            return violations;
        }
        if (to < from) {
            violations.add(violation("/currentPhase", ENTRY_RULE.get(PHASES.get(from)), "PHASE_MOVED_BACK",
                    "The audit moves through the phases in order; it cannot go back to an earlier phase."));
            return violations;
        }
        boolean skipsCorrectiveAction = PHASES.get(from).equals("FINAL_REPORT") && PHASES.get(to).equals("CLOSURE");
        if (to > from + 1 && !skipsCorrectiveAction) {
            violations.add(violation("/currentPhase", ENTRY_RULE.get(PHASES.get(from + 1)), "PHASE_SKIPPED",
                    "The audit moves one phase at a time; it cannot skip a phase."));
        }
        if (skipsCorrectiveAction && list(proposed.getRecommendations()).stream().anyMatch(AuditSchedule::open)) {
            violations.add(violation("/currentPhase", "AUDIT:R.41", "CORRECTIVE_ACTION_SKIPPED",
                    "Recommendations remain open after the final report: the audit enters corrective action, not closure."));
        }
        if (PHASES.get(to).equals("CLOSURE")) {
            List<AuditRecommendation> recs = list(proposed.getRecommendations());
            for (int i = 0; i < recs.size(); i++) {
                AuditRecommendation r = recs.get(i);
                if (AuditSchedule.open(r) && AuditSchedule.maps(proposed, r.getRecommendationNumber()).isEmpty()) {
                    violations.add(violation("/recommendations/" + i + "/open", "AUDIT:R.42", "MAP_MISSING_FOR_OPEN_RECOMMENDATION",
                            "This recommendation is open without a MAP: ICE submits a MAP for every open recommendation before closure."));
                }
            }
        }
        return violations;
    }

    private static Violation violation(String pointer, String rule, String code, String message) {
        return Violations.of(ExternalAudit.class, pointer, rule, false, code, message);
    }
}
