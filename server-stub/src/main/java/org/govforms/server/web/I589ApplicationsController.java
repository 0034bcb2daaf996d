package org.govforms.server.web;

import java.util.UUID;
import org.govforms.model.I589Application;
import org.govforms.model.I589ApplicationPage;
import org.govforms.model.ValidationReport;
import org.govforms.server.api.I589ApplicationsApi;
import org.govforms.server.records.Page;
import org.govforms.server.records.RecordFamily;
import org.govforms.server.records.Records;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

@RestController
class I589ApplicationsController implements I589ApplicationsApi {

    private static final RecordFamily<I589Application> I589 = new RecordFamily<>("i589-applications", I589Application.class);

    private final Records records;

    I589ApplicationsController(Records records) {
        this.records = records;
    }

    @Override
    public ResponseEntity<I589Application> createI589Application(I589Application application, String idempotencyKey) {
        return Responses.created("/v1/i589-applications/", records.create(I589, idempotencyKey, application));
    }

    @Override
    public ResponseEntity<I589Application> getI589Application(UUID applicationId) {
        return Responses.ok(records.get(I589, applicationId));
    }

    @Override
    public ResponseEntity<I589Application> replaceI589Application(UUID applicationId, String ifMatch,
                                                                  I589Application application) {
        return Responses.ok(records.replace(I589, applicationId, ifMatch, application));
    }

    @Override
    public ResponseEntity<I589ApplicationPage> listI589Applications(Integer pageSize, String pageToken) {
        Page<I589Application> page = records.list(I589, pageSize, pageToken);
        return ResponseEntity.ok(new I589ApplicationPage().items(page.items()).nextPageToken(page.nextPageToken()));
    }

    @Override
    public ResponseEntity<ValidationReport> validateI589Application(I589Application application) {
        return ResponseEntity.ok(records.validate(I589, application));
    }
}
