package org.govforms.server.web;

import java.util.UUID;
import org.govforms.model.I914DerivativeApplication;
import org.govforms.model.I914DerivativeApplicationPage;
import org.govforms.model.ValidationReport;
import org.govforms.server.api.I914DerivativeApplicationsApi;
import org.govforms.server.records.Page;
import org.govforms.server.records.Records;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** Supplement A records, each under its principal's application; a principal missing in the caller's tenant is 404. */
@RestController
class I914DerivativeApplicationsController implements I914DerivativeApplicationsApi {

    private final Records records;

    I914DerivativeApplicationsController(Records records) {
        this.records = records;
    }

    @Override
    public ResponseEntity<I914DerivativeApplication> createI914DerivativeApplication(UUID applicationId,
            I914DerivativeApplication derivative, String idempotencyKey) {
        principalExists(applicationId);
        return Responses.created("/v1/i914-applications/" + applicationId + "/derivatives/",
                records.create(I914Families.derivatives(applicationId, null), idempotencyKey, derivative));
    }

    @Override
    public ResponseEntity<I914DerivativeApplication> getI914DerivativeApplication(UUID applicationId, UUID derivativeId) {
        principalExists(applicationId);
        return Responses.ok(records.get(I914Families.derivatives(applicationId, derivativeId), derivativeId));
    }

    @Override
    public ResponseEntity<I914DerivativeApplication> replaceI914DerivativeApplication(UUID applicationId, UUID derivativeId,
            String ifMatch, I914DerivativeApplication derivative) {
        principalExists(applicationId);
        return Responses.ok(records.replace(I914Families.derivatives(applicationId, derivativeId), derivativeId, ifMatch,
                derivative));
    }

    @Override
    public ResponseEntity<I914DerivativeApplicationPage> listI914DerivativeApplications(UUID applicationId, Integer pageSize,
                                                                                        String pageToken) {
        principalExists(applicationId);
        Page<I914DerivativeApplication> page = records.list(I914Families.derivatives(applicationId, null), pageSize, pageToken);
        return ResponseEntity.ok(new I914DerivativeApplicationPage().items(page.items()).nextPageToken(page.nextPageToken()));
    }

    @Override
    public ResponseEntity<ValidationReport> validateI914DerivativeApplication(I914DerivativeApplication derivative,
                                                                              UUID applicationId) {
        if (applicationId == null) {
            return ResponseEntity.ok(records.validate(I914Families.derivativesAlone(), derivative));
        }
        principalExists(applicationId);
        return ResponseEntity.ok(records.validate(I914Families.derivatives(applicationId, null), derivative));
    }

    private void principalExists(UUID applicationId) {
        records.get(I914Families.applications(), applicationId);
    }
}
