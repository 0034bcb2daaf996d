package org.govforms.server.web;

import java.util.UUID;
import org.govforms.model.ProfessionalJudgmentRecord;
import org.govforms.model.ProfessionalJudgmentRecordPage;
import org.govforms.model.ValidationReport;
import org.govforms.server.api.ProfessionalJudgmentRecordsApi;
import org.govforms.server.records.Page;
import org.govforms.server.records.Records;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

import static org.govforms.server.web.ProfessionalJudgmentFamilies.RECORDS;

@RestController
class ProfessionalJudgmentRecordsController implements ProfessionalJudgmentRecordsApi {

    private final Records records;

    ProfessionalJudgmentRecordsController(Records records) {
        this.records = records;
    }

    @Override
    public ResponseEntity<ProfessionalJudgmentRecord> createProfessionalJudgmentRecord(ProfessionalJudgmentRecord record, String idempotencyKey) {
        return Responses.created("/v1/professional-judgment-records/", records.create(RECORDS, idempotencyKey, record));
    }

    @Override
    public ResponseEntity<ProfessionalJudgmentRecord> getProfessionalJudgmentRecord(UUID recordId) {
        return Responses.ok(records.get(RECORDS, recordId));
    }

    @Override
    public ResponseEntity<ProfessionalJudgmentRecord> replaceProfessionalJudgmentRecord(UUID recordId, String ifMatch, ProfessionalJudgmentRecord record) {
        return Responses.ok(records.replace(ProfessionalJudgmentFamilies.records(recordId), recordId, ifMatch, record));
    }

    @Override
    public ResponseEntity<ProfessionalJudgmentRecordPage> listProfessionalJudgmentRecords(String studentIdentifier,
            String federalSchoolCode, String awardYear, Integer pageSize, String pageToken) {
        Page<ProfessionalJudgmentRecord> page = records.list(RECORDS, pageSize, pageToken,
                ProfessionalJudgmentFamilies.recordsOf(studentIdentifier, federalSchoolCode, awardYear));
        return ResponseEntity.ok(new ProfessionalJudgmentRecordPage().items(page.items()).nextPageToken(page.nextPageToken()));
    }

    @Override
    public ResponseEntity<ValidationReport> validateProfessionalJudgmentRecord(ProfessionalJudgmentRecord record) {
        return ResponseEntity.ok(records.validate(RECORDS, record));
    }
}
