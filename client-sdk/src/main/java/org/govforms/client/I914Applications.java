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

/**
 * The I-914 applications of the caller's tenant, and through {@link #derivatives(UUID)} and
 * {@link #lawEnforcementDeclarations(UUID)} the Supplements A and B filed with each.
 */
public final class I914Applications {

    private final I914ApplicationsApi api;
    private final I914DerivativeApplicationsApi derivatives;
    private final I914LawEnforcementDeclarationsApi declarations;

    I914Applications(I914ApplicationsApi api, I914DerivativeApplicationsApi derivatives,
                     I914LawEnforcementDeclarationsApi declarations) {
        this.api = api;
        this.derivatives = derivatives;
        this.declarations = declarations;
    }

    /** Stores a new application; the answer holds its id and any warnings. */
    public I914Application create(I914Application application) {
        return api.createI914Application(application);
    }

    public I914Application get(UUID id) {
        return api.getI914Application(id);
    }

    public I914Application replace(UUID id, I914Application application) {
        return api.replaceI914Application(id, application);
    }

    /** One page, oldest first; pass the page's nextPageToken to read the next one (null for the first). */
    public I914ApplicationPage list(Integer pageSize, String pageToken) {
        return api.listI914Applications(pageSize, pageToken);
    }

    /** Validates on the server without storing. */
    public ValidationReport validate(I914Application application) {
        return api.validateI914Application(application);
    }

    /** The derivative applications (Supplement A) filed with the application of this id. */
    public I914Derivatives derivatives(UUID applicationId) {
        return new I914Derivatives(derivatives, applicationId);
    }

    /** The law-enforcement declarations (Supplement B) filed with the application of this id. */
    public I914LawEnforcementDeclarations lawEnforcementDeclarations(UUID applicationId) {
        return new I914LawEnforcementDeclarations(declarations, applicationId);
    }

    /** Validates a derivative application on its own, without the rules that need the principal's application. */
    public ValidationReport validateDerivative(I914DerivativeApplication derivative) {
        return derivatives.validateI914DerivativeApplication(derivative, (UUID) null);
    }

    /** Validates a law-enforcement declaration on its own, without the rules that need the principal's application. */
    public ValidationReport validateLawEnforcementDeclaration(I914LawEnforcementDeclaration declaration) {
        return declarations.validateI914LawEnforcementDeclaration(declaration, (UUID) null);
    }
}
