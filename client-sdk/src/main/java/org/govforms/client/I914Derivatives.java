package org.govforms.client;

import java.util.UUID;
import org.govforms.client.api.I914DerivativeApplicationsApi;
import org.govforms.model.I914DerivativeApplication;
import org.govforms.model.I914DerivativeApplicationPage;
import org.govforms.model.ValidationReport;

/** The derivative applications (Supplement A) filed with one principal's I-914 application. */
public final class I914Derivatives {

    private final I914DerivativeApplicationsApi api;
    private final UUID applicationId;

    I914Derivatives(I914DerivativeApplicationsApi api, UUID applicationId) {
        this.api = api;
        this.applicationId = applicationId;
    }

    /** Stores a new derivative application under the principal's; the answer holds its id and any warnings. */
    public I914DerivativeApplication create(I914DerivativeApplication derivative) {
        return api.createI914DerivativeApplication(applicationId, derivative);
    }

    public I914DerivativeApplication get(UUID id) {
        return api.getI914DerivativeApplication(applicationId, id);
    }

    public I914DerivativeApplication replace(UUID id, I914DerivativeApplication derivative) {
        return api.replaceI914DerivativeApplication(applicationId, id, derivative);
    }

    /** One page, oldest first; pass the page's nextPageToken to read the next one (null for the first). */
    public I914DerivativeApplicationPage list(Integer pageSize, String pageToken) {
        return api.listI914DerivativeApplications(applicationId, pageSize, pageToken);
    }

    /** Validates on the server without storing, against the principal's application too. */
    public ValidationReport validate(I914DerivativeApplication derivative) {
        return api.validateI914DerivativeApplication(derivative, applicationId);
    }
}
