package org.govforms.client;

import java.util.UUID;
import org.govforms.client.api.ProfessionalJudgmentRecordsApi;
import org.govforms.model.ProfessionalJudgmentRecord;
import org.govforms.model.ProfessionalJudgmentRecordPage;
import org.govforms.model.ValidationReport;

import static org.govforms.client.Calls.call;

/**
 * The FAFSA professional-judgment records of the caller's tenant. Read records carry the properties the
 * server computes as of today (due date and overdue flag of a determination of independence, retention
 * dates, ...); they are left out of what is sent back, so a record read can be changed and replaced as it is.
 */
public final class ProfessionalJudgmentRecords {

    private final ProfessionalJudgmentRecordsApi api;
    private final ETags etags;

    ProfessionalJudgmentRecords(ProfessionalJudgmentRecordsApi api, ETags etags) {
        this.api = api;
        this.etags = etags;
    }

    /** Stores a new record; the answer holds its id, its computed properties and any warnings. */
    public ProfessionalJudgmentRecord create(ProfessionalJudgmentRecord record) {
        return create(record, UUID.randomUUID().toString());
    }

    /** Stores a new record under the caller's own Idempotency-Key (the same key on every retry). */
    public ProfessionalJudgmentRecord create(ProfessionalJudgmentRecord record, String idempotencyKey) {
        return etags.remember(call(() -> api.createProfessionalJudgmentRecordWithHttpInfo(record, idempotencyKey)), ProfessionalJudgmentRecord::getId);
    }

    public ProfessionalJudgmentRecord get(UUID id) {
        return etags.remember(call(() -> api.getProfessionalJudgmentRecordWithHttpInfo(id)), ProfessionalJudgmentRecord::getId);
    }

    public ProfessionalJudgmentRecord replace(UUID id, ProfessionalJudgmentRecord record) {
        return etags.remember(call(() -> api.replaceProfessionalJudgmentRecordWithHttpInfo(id, etags.of(id), record)), ProfessionalJudgmentRecord::getId);
    }

    /**
     * One page, oldest first, of the records of one student, institution or award year (each null for any);
     * pass the page's nextPageToken to read the next one (null for the first).
     */
    public ProfessionalJudgmentRecordPage list(String studentIdentifier, String federalSchoolCode, String awardYear,
                                               Integer pageSize, String pageToken) {
        return call(() -> api.listProfessionalJudgmentRecords(studentIdentifier, federalSchoolCode, awardYear, pageSize, pageToken));
    }

    /** Validates on the server, with the context rules (other records, the policy, today), without storing. */
    public ValidationReport validate(ProfessionalJudgmentRecord record) {
        return call(() -> api.validateProfessionalJudgmentRecord(record));
    }

    /** Every record that matches of the tenant, oldest first, read page by page as the iteration goes. */
    public Iterable<ProfessionalJudgmentRecord> all(String studentIdentifier, String federalSchoolCode, String awardYear) {
        return () -> new PageIterator<>(token -> {
            ProfessionalJudgmentRecordPage page = list(studentIdentifier, federalSchoolCode, awardYear, 100, token);
            return new PageIterator.Page<>(page.getItems(), page.getNextPageToken());
        });
    }
}
