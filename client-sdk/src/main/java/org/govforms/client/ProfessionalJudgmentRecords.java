package org.govforms.client;

import java.util.UUID;
import org.govforms.client.api.ProfessionalJudgmentRecordsApi;
import org.govforms.model.ProfessionalJudgmentRecord;
import org.govforms.model.ProfessionalJudgmentRecordPage;
import org.govforms.model.ValidationReport;

/**
 * The FAFSA professional-judgment records of the caller's tenant. Read records carry the properties the
 * server computes as of today (due date and overdue flag of a determination of independence, retention
 * dates, ...); a record sent back with them is refused, so build replacements from your own data.
 */
public final class ProfessionalJudgmentRecords {

    private final ProfessionalJudgmentRecordsApi api;

    ProfessionalJudgmentRecords(ProfessionalJudgmentRecordsApi api) {
        this.api = api;
    }

    /** Stores a new record; the answer holds its id, its computed properties and any warnings. */
    public ProfessionalJudgmentRecord create(ProfessionalJudgmentRecord record) {
        return api.createProfessionalJudgmentRecord(record);
    }

    public ProfessionalJudgmentRecord get(UUID id) {
        return api.getProfessionalJudgmentRecord(id);
    }

    public ProfessionalJudgmentRecord replace(UUID id, ProfessionalJudgmentRecord record) {
        return api.replaceProfessionalJudgmentRecord(id, record);
    }

    /**
     * One page, oldest first, of the records of one student, institution or award year (each null for any);
     * pass the page's nextPageToken to read the next one (null for the first).
     */
    public ProfessionalJudgmentRecordPage list(String studentIdentifier, String federalSchoolCode, String awardYear,
                                               Integer pageSize, String pageToken) {
        return api.listProfessionalJudgmentRecords(studentIdentifier, federalSchoolCode, awardYear, pageSize, pageToken);
    }

    /** Validates on the server, with the context rules (other records, the policy, today), without storing. */
    public ValidationReport validate(ProfessionalJudgmentRecord record) {
        return api.validateProfessionalJudgmentRecord(record);
    }
}
