package org.govforms.domain.fafsapj;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.govforms.domain.GovFormsJson;
import org.govforms.model.ProfessionalJudgmentDetermination;
import org.govforms.model.ProfessionalJudgmentRecord;
import org.govforms.model.ProfessionalJudgmentRenewal;
import org.govforms.model.ProfessionalJudgmentRequest;
import org.govforms.model.ProfessionalJudgmentRequest.StatusEnum;
import org.govforms.model.UnemploymentAdjustment;

import static org.govforms.domain.fafsapj.FafsaPjRecords.determination;
import static org.govforms.domain.fafsapj.FafsaPjRecords.list;
import static org.govforms.domain.fafsapj.FafsaPjRecords.yes;

/**
 * The read-only properties of a professional-judgment record, computed from its own dates and today's:
 * never typed by a client, filled by the server on every read.
 */
public final class FafsaPjComputed {

    /** GEN-22-15: a determination of independence is due no later than 60 days after the student enrolls. */
    public static final int DETERMINATION_DAYS = 60;
    /** 34 CFR 668.24: records are kept 3 years after the end of the student's last term of enrollment. */
    public static final int RETENTION_YEARS = 3;

    private static final ObjectMapper JSON = GovFormsJson.newObjectMapper();

    private FafsaPjComputed() {
    }

    /**
     * The record with every computed property filled as of today (and any value a client may have sent
     * replaced). The generated models have no setters for read-only properties, so the values are set on the
     * record's JSON and read back.
     */
    public static ProfessionalJudgmentRecord compute(ProfessionalJudgmentRecord record, LocalDate today) {
        ObjectNode document = JSON.valueToTree(record);
        LocalDate due = determinationDueDate(record);
        put(document, "determinationOfIndependenceDueDate", due);
        document.put("determinationOfIndependenceOverdue", due != null && today.isAfter(due) && undecidedIndependenceRequest(record));
        LocalDate enrolled = record.getStudent() == null ? null : record.getStudent().getEnrollmentDate();
        List<ProfessionalJudgmentDetermination> determinations = list(record.getDeterminations());
        for (int i = 0; i < determinations.size(); i++) {
            ProfessionalJudgmentDetermination determination = determinations.get(i);
            if (determination != null) {
                put((ObjectNode) document.get("determinations").get(i), "daysFromEnrollmentToDetermination",
                        enrolled == null || determination.getDeterminationDate() == null ? null
                                : Math.toIntExact(ChronoUnit.DAYS.between(enrolled, determination.getDeterminationDate())));
            }
        }
        List<UnemploymentAdjustment> rows = list(record.getUnemploymentAdjustments());
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) != null) {
                put((ObjectNode) document.get("unemploymentAdjustments").get(i), "evidenceAgeAtSubmissionDays", evidenceAge(rows.get(i)));
            }
        }
        ProfessionalJudgmentRenewal renewal = record.getRenewal();
        if (renewal != null) {
            ((ObjectNode) document.get("renewal")).put("presumedIndependent", yes(renewal.getPriorFinalDeterminationOfIndependence())
                    && !yes(renewal.getChangeInCircumstancesReported()) && !yes(renewal.getConflictingInformationHeld()));
        }
        if (record.getRetention() != null) {
            ObjectNode retention = (ObjectNode) document.get("retention");
            put(retention, "retentionClockStart", record.getStudent() == null ? null : record.getStudent().getLastTermEndDate());
            put(retention, "retainUntil", retainUntil(record));
        }
        try {
            return JSON.treeToValue(document, ProfessionalJudgmentRecord.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a record with its computed properties no longer reads as a record", e);
        }
    }

    private static void put(ObjectNode node, String name, Object value) {
        if (value == null) {
            node.remove(name);
        } else {
            node.set(name, JSON.valueToTree(value));
        }
    }

    /** 60 days after enrollment, when a request asks for a determination of independence; else null. */
    public static LocalDate determinationDueDate(ProfessionalJudgmentRecord record) {
        LocalDate enrolled = record.getStudent() == null ? null : record.getStudent().getEnrollmentDate();
        boolean asked = list(record.getRequests()).stream().anyMatch(FafsaPjRecords::asksForIndependence);
        return enrolled != null && asked ? enrolled.plusDays(DETERMINATION_DAYS) : null;
    }

    /** The earliest date the documentation may be destroyed: 3 years after the last term; null while enrolled. */
    public static LocalDate retainUntil(ProfessionalJudgmentRecord record) {
        LocalDate lastTerm = record.getStudent() == null ? null : record.getStudent().getLastTermEndDate();
        return lastTerm == null ? null : lastTerm.plusYears(RETENTION_YEARS);
    }

    /** Days from the evidence's issue to its submission, or null when a date is missing. */
    public static Integer evidenceAge(UnemploymentAdjustment row) {
        if (row.getEvidenceIssueDate() == null || row.getEvidenceSubmittedDate() == null) {
            return null;
        }
        return Math.toIntExact(ChronoUnit.DAYS.between(row.getEvidenceIssueDate(), row.getEvidenceSubmittedDate()));
    }

    /** A request for a determination of independence, not withdrawn, that has no determination yet. */
    static boolean undecided(ProfessionalJudgmentRecord record, ProfessionalJudgmentRequest request) {
        return FafsaPjRecords.asksForIndependence(request) && request.getStatus() != StatusEnum.WITHDRAWN
                && determination(record, request.getRequestId()).isEmpty();
    }

    private static boolean undecidedIndependenceRequest(ProfessionalJudgmentRecord record) {
        return list(record.getRequests()).stream().anyMatch(request -> undecided(record, request));
    }
}
