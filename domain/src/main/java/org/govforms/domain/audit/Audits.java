package org.govforms.domain.audit;

import java.time.LocalDate;
import java.util.List;
import org.govforms.domain.rules.VisibleText;
import org.govforms.model.ExternalAudit;

/** Small null-safe helpers the audit rules share. */
final class Audits {

    /** The eight phases of the directive, in order (the values of currentPhase). */
    static final List<String> PHASES = List.of("ANNOUNCEMENT", "ENTRANCE_CONFERENCE", "FIELDWORK", "EXIT_CONFERENCE",
            "DRAFT_REPORT", "FINAL_REPORT", "CORRECTIVE_ACTION", "CLOSURE");

    private Audits() {
    }

    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }

    static boolean yes(Boolean value) {
        return Boolean.TRUE.equals(value);
    }

    /** A generated enum (whose toString is its value) equals one of the values. */
    static boolean is(Object value, String... values) {
        if (value == null) {
            return false;
        }
        for (String candidate : values) {
            if (candidate.equals(value.toString())) {
                return true;
            }
        }
        return false;
    }

    static boolean blank(String value) {
        return VisibleText.isBlank(value);
    }

    static boolean before(LocalDate date, LocalDate other) {
        return date != null && other != null && date.isBefore(other);
    }

    static boolean after(LocalDate date, LocalDate other) {
        return date != null && other != null && date.isAfter(other);
    }

    /** 0 to 7 for the audit's current phase, -1 when it is not given. */
    static int phase(ExternalAudit audit) {
        return audit.getCurrentPhase() == null ? -1 : PHASES.indexOf(audit.getCurrentPhase().toString());
    }

    static int phaseIndex(String phase) {
        return PHASES.indexOf(phase);
    }
}
