package org.govforms.client;

import java.util.UUID;
import org.govforms.client.api.I914DerivativeApplicationsApi;
import org.govforms.model.I914DerivativeApplication;
import org.govforms.model.I914DerivativeApplicationPage;
import org.govforms.model.ValidationReport;

import static org.govforms.client.Calls.call;

/** The derivative applications (Supplement A) filed with one principal's I-914 application. */
public final class I914Derivatives {

    private final I914DerivativeApplicationsApi api;
    private final UUID applicationId;
    private final ETags etags;

    I914Derivatives(I914DerivativeApplicationsApi api, UUID applicationId, ETags etags) {
        this.api = api;
        this.applicationId = applicationId;
        this.etags = etags;
    }

    /** Stores a new derivative application under the principal's; the answer holds its id and any warnings. */
    public I914DerivativeApplication create(I914DerivativeApplication derivative) {
        return create(derivative, UUID.randomUUID().toString());
    }

    /** Stores it under the caller's own Idempotency-Key (the same key on every retry). */
    public I914DerivativeApplication create(I914DerivativeApplication derivative, String idempotencyKey) {
        return etags.remember(call(() -> api.createI914DerivativeApplicationWithHttpInfo(applicationId, derivative, idempotencyKey)), I914DerivativeApplication::getId);
    }

    public I914DerivativeApplication get(UUID id) {
        return etags.remember(call(() -> api.getI914DerivativeApplicationWithHttpInfo(applicationId, id)), I914DerivativeApplication::getId);
    }

    public I914DerivativeApplication replace(UUID id, I914DerivativeApplication derivative) {
        return etags.remember(call(() -> api.replaceI914DerivativeApplicationWithHttpInfo(applicationId, id, etags.of(id), derivative)), I914DerivativeApplication::getId);
    }

    /** One page, oldest first; pass the page's nextPageToken to read the next one (null for the first). */
    public I914DerivativeApplicationPage list(Integer pageSize, String pageToken) {
        return call(() -> api.listI914DerivativeApplications(applicationId, pageSize, pageToken));
    }

    /** Validates on the server without storing, against the principal's application too. */
    public ValidationReport validate(I914DerivativeApplication derivative) {
        return call(() -> api.validateI914DerivativeApplication(derivative, applicationId));
    }

    /** Every record of the tenant, oldest first, read page by page as the iteration goes. */
    public Iterable<I914DerivativeApplication> all() {
        return () -> new PageIterator<>(token -> {
            I914DerivativeApplicationPage page = list(100, token);
            return new PageIterator.Page<>(page.getItems(), page.getNextPageToken());
        });
    }
}
