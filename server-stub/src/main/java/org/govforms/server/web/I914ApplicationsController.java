package org.govforms.server.web;

import java.util.UUID;
import org.govforms.model.I914Application;
import org.govforms.model.I914ApplicationPage;
import org.govforms.model.ValidationReport;
import org.govforms.server.api.I914ApplicationsApi;
import org.govforms.server.records.Page;
import org.govforms.server.records.Records;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

@RestController
class I914ApplicationsController implements I914ApplicationsApi {

    private final Records records;

    I914ApplicationsController(Records records) {
        this.records = records;
    }

    @Override
    public ResponseEntity<I914Application> createI914Application(I914Application application, String idempotencyKey) {
        return Responses.created("/v1/i914-applications/", records.create(I914Families.applications(), idempotencyKey, application));
    }

    @Override
    public ResponseEntity<I914Application> getI914Application(UUID applicationId) {
        return Responses.ok(records.get(I914Families.applications(), applicationId));
    }

    @Override
    public ResponseEntity<I914Application> replaceI914Application(UUID applicationId, String ifMatch,
                                                                  I914Application application) {
        return Responses.ok(records.replace(I914Families.applications(applicationId), applicationId, ifMatch, application));
    }

    @Override
    public ResponseEntity<I914ApplicationPage> listI914Applications(Integer pageSize, String pageToken) {
        Page<I914Application> page = records.list(I914Families.applications(), pageSize, pageToken);
        return ResponseEntity.ok(new I914ApplicationPage().items(page.items()).nextPageToken(page.nextPageToken()));
    }

    @Override
    public ResponseEntity<ValidationReport> validateI914Application(I914Application application) {
        return ResponseEntity.ok(records.validate(I914Families.applications(), application));
    }
}
