package org.govforms.server.web;

import java.util.UUID;
import org.govforms.model.I914LawEnforcementDeclaration;
import org.govforms.model.I914LawEnforcementDeclarationPage;
import org.govforms.model.ValidationReport;
import org.govforms.server.api.I914LawEnforcementDeclarationsApi;
import org.govforms.server.records.Page;
import org.govforms.server.records.Records;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** Supplement B records, each under its principal's application; a principal missing in the caller's tenant is 404. */
@RestController
class I914LawEnforcementDeclarationsController implements I914LawEnforcementDeclarationsApi {

    private final Records records;

    I914LawEnforcementDeclarationsController(Records records) {
        this.records = records;
    }

    @Override
    public ResponseEntity<I914LawEnforcementDeclaration> createI914LawEnforcementDeclaration(
            UUID applicationId, I914LawEnforcementDeclaration declaration, String idempotencyKey) {
        principalExists(applicationId);
        return Responses.created("/v1/i914-applications/" + applicationId + "/law-enforcement-declarations/",
                records.create(I914Families.declarations(applicationId), idempotencyKey, declaration));
    }

    @Override
    public ResponseEntity<I914LawEnforcementDeclaration> getI914LawEnforcementDeclaration(UUID applicationId, UUID declarationId) {
        principalExists(applicationId);
        return Responses.ok(records.get(I914Families.declarations(applicationId), declarationId));
    }

    @Override
    public ResponseEntity<I914LawEnforcementDeclaration> replaceI914LawEnforcementDeclaration(
            UUID applicationId, UUID declarationId, String ifMatch, I914LawEnforcementDeclaration declaration) {
        principalExists(applicationId);
        return Responses.ok(records.replace(I914Families.declarations(applicationId), declarationId, ifMatch, declaration));
    }

    @Override
    public ResponseEntity<I914LawEnforcementDeclarationPage> listI914LawEnforcementDeclarations(
            UUID applicationId, Integer pageSize, String pageToken) {
        principalExists(applicationId);
        Page<I914LawEnforcementDeclaration> page = records.list(I914Families.declarations(applicationId), pageSize, pageToken);
        return ResponseEntity.ok(new I914LawEnforcementDeclarationPage().items(page.items()).nextPageToken(page.nextPageToken()));
    }

    @Override
    public ResponseEntity<ValidationReport> validateI914LawEnforcementDeclaration(I914LawEnforcementDeclaration declaration,
                                                                                  UUID applicationId) {
        if (applicationId == null) {
            return ResponseEntity.ok(records.validate(I914Families.declarationsAlone(), declaration));
        }
        principalExists(applicationId);
        return ResponseEntity.ok(records.validate(I914Families.declarations(applicationId), declaration));
    }

    private void principalExists(UUID applicationId) {
        records.get(I914Families.applications(), applicationId);
    }
}
