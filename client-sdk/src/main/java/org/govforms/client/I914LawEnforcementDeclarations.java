package org.govforms.client;

import java.util.UUID;
import org.govforms.client.api.I914LawEnforcementDeclarationsApi;
import org.govforms.model.I914LawEnforcementDeclaration;
import org.govforms.model.I914LawEnforcementDeclarationPage;
import org.govforms.model.ValidationReport;

/** The law-enforcement declarations (Supplement B) filed with one principal's I-914 application. */
public final class I914LawEnforcementDeclarations {

    private final I914LawEnforcementDeclarationsApi api;
    private final UUID applicationId;

    I914LawEnforcementDeclarations(I914LawEnforcementDeclarationsApi api, UUID applicationId) {
        this.api = api;
        this.applicationId = applicationId;
    }

    /** Stores a new declaration under the principal's application; the answer holds its id and any warnings. */
    public I914LawEnforcementDeclaration create(I914LawEnforcementDeclaration declaration) {
        return api.createI914LawEnforcementDeclaration(applicationId, declaration);
    }

    public I914LawEnforcementDeclaration get(UUID id) {
        return api.getI914LawEnforcementDeclaration(applicationId, id);
    }

    public I914LawEnforcementDeclaration replace(UUID id, I914LawEnforcementDeclaration declaration) {
        return api.replaceI914LawEnforcementDeclaration(applicationId, id, declaration);
    }

    /** One page, oldest first; pass the page's nextPageToken to read the next one (null for the first). */
    public I914LawEnforcementDeclarationPage list(Integer pageSize, String pageToken) {
        return api.listI914LawEnforcementDeclarations(applicationId, pageSize, pageToken);
    }

    /** Validates on the server without storing, against the principal's application too. */
    public ValidationReport validate(I914LawEnforcementDeclaration declaration) {
        return api.validateI914LawEnforcementDeclaration(declaration, applicationId);
    }
}
