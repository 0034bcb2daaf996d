package org.govforms.client;

import java.util.UUID;
import org.govforms.client.api.I914ApplicationsApi;
import org.govforms.client.api.I914DerivativeApplicationsApi;
import org.govforms.client.api.I914LawEnforcementDeclarationsApi;
import org.govforms.model.I914Application;
import org.govforms.model.I914ApplicationPage;
import org.govforms.model.I914DerivativeApplication;
import org.govforms.model.I914LawEnforcementDeclaration;
import org.govforms.model.ValidationReport;

import static org.govforms.client.Calls.call;

/**
 * The I-914 applications of the caller's tenant, and through {@link #derivatives(UUID)} and
 * {@link #lawEnforcementDeclarations(UUID)} the Supplements A and B filed with each.
 */
public final class I914Applications {

    private final I914ApplicationsApi api;
    private final I914DerivativeApplicationsApi derivatives;
    private final I914LawEnforcementDeclarationsApi declarations;
    private final ETags etags;

    I914Applications(I914ApplicationsApi api, I914DerivativeApplicationsApi derivatives,
                     I914LawEnforcementDeclarationsApi declarations, ETags etags) {
        this.api = api;
        this.derivatives = derivatives;
        this.declarations = declarations;
        this.etags = etags;
    }

    /** Stores a new application; the answer holds its id and any warnings. */
    public I914Application create(I914Application application) {
        return create(application, UUID.randomUUID().toString());
    }

    /** Stores a new application under the caller's own Idempotency-Key (the same key on every retry). */
    public I914Application create(I914Application application, String idempotencyKey) {
        return etags.remember(call(() -> api.createI914ApplicationWithHttpInfo(application, idempotencyKey)),
                I914Application::getId);
    }

    public I914Application get(UUID id) {
        return etags.remember(call(() -> api.getI914ApplicationWithHttpInfo(id)), I914Application::getId);
    }

    /** Replaces the application if nobody changed it since this client read it (else PreconditionFailedException). */
    public I914Application replace(UUID id, I914Application application) {
        return etags.remember(call(() -> api.replaceI914ApplicationWithHttpInfo(id, etags.of(id), application)),
                I914Application::getId);
    }

    /** One page, oldest first; pass the page's nextPageToken to read the next one (null for the first). */
    public I914ApplicationPage list(Integer pageSize, String pageToken) {
        return call(() -> api.listI914Applications(pageSize, pageToken));
    }

    /** Validates on the server without storing. */
    public ValidationReport validate(I914Application application) {
        return call(() -> api.validateI914Application(application));
    }

    /** The derivative applications (Supplement A) filed with the application of this id. */
    public I914Derivatives derivatives(UUID applicationId) {
        return new I914Derivatives(derivatives, applicationId, etags);
    }

    /** The law-enforcement declarations (Supplement B) filed with the application of this id. */
    public I914LawEnforcementDeclarations lawEnforcementDeclarations(UUID applicationId) {
        return new I914LawEnforcementDeclarations(declarations, applicationId, etags);
    }

    /** Validates a derivative application on its own, without the rules that need the principal's application. */
    public ValidationReport validateDerivative(I914DerivativeApplication derivative) {
        return call(() -> derivatives.validateI914DerivativeApplication(derivative, (UUID) null));
    }

    /** Validates a law-enforcement declaration on its own, without the rules that need the principal's application. */
    public ValidationReport validateLawEnforcementDeclaration(I914LawEnforcementDeclaration declaration) {
        return call(() -> declarations.validateI914LawEnforcementDeclaration(declaration, (UUID) null));
    }

    /** Every record of the tenant, oldest first, read page by page as the iteration goes. */
    public Iterable<I914Application> all() {
        return () -> new PageIterator<>(token -> {
            I914ApplicationPage page = list(100, token);
            return new PageIterator.Page<>(page.getItems(), page.getNextPageToken());
        });
    }
}
