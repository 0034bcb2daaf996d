package org.govforms.client;

import java.util.UUID;
import org.govforms.client.api.I914LawEnforcementDeclarationsApi;
import org.govforms.model.I914LawEnforcementDeclaration;
import org.govforms.model.I914LawEnforcementDeclarationPage;
import org.govforms.model.ValidationReport;

import static org.govforms.client.Calls.call;

/** The law-enforcement declarations (Supplement B) filed with one principal's I-914 application. */
public final class I914LawEnforcementDeclarations {

    private final I914LawEnforcementDeclarationsApi api;
    private final UUID applicationId;
    private final ETags etags;

    I914LawEnforcementDeclarations(I914LawEnforcementDeclarationsApi api, UUID applicationId, ETags etags) {
        this.api = api;
        this.applicationId = applicationId;
        this.etags = etags;
    }

    /** Stores a new declaration under the principal's application; the answer holds its id and any warnings. */
    public I914LawEnforcementDeclaration create(I914LawEnforcementDeclaration declaration) {
        return create(declaration, UUID.randomUUID().toString());
    }

    /** Stores it under the caller's own Idempotency-Key (the same key on every retry). */
    public I914LawEnforcementDeclaration create(I914LawEnforcementDeclaration declaration, String idempotencyKey) {
        return etags.remember(call(() -> api.createI914LawEnforcementDeclarationWithHttpInfo(applicationId, declaration, idempotencyKey)), I914LawEnforcementDeclaration::getId);
    }

    public I914LawEnforcementDeclaration get(UUID id) {
        return etags.remember(call(() -> api.getI914LawEnforcementDeclarationWithHttpInfo(applicationId, id)), I914LawEnforcementDeclaration::getId);
    }

    public I914LawEnforcementDeclaration replace(UUID id, I914LawEnforcementDeclaration declaration) {
        return etags.remember(call(() -> api.replaceI914LawEnforcementDeclarationWithHttpInfo(applicationId, id, etags.of(id), declaration)), I914LawEnforcementDeclaration::getId);
    }

    /** One page, oldest first; pass the page's nextPageToken to read the next one (null for the first). */
    public I914LawEnforcementDeclarationPage list(Integer pageSize, String pageToken) {
        return call(() -> api.listI914LawEnforcementDeclarations(applicationId, pageSize, pageToken));
    }

    /** Validates on the server without storing, against the principal's application too. */
    public ValidationReport validate(I914LawEnforcementDeclaration declaration) {
        return call(() -> api.validateI914LawEnforcementDeclaration(declaration, applicationId));
    }

    /** Every record of the tenant, oldest first, read page by page as the iteration goes. */
    public Iterable<I914LawEnforcementDeclaration> all() {
        return () -> new PageIterator<>(token -> {
            I914LawEnforcementDeclarationPage page = list(100, token);
            return new PageIterator.Page<>(page.getItems(), page.getNextPageToken());
        });
    }
}
