package org.govforms.client;

import java.util.UUID;
import org.govforms.client.api.I589ApplicationsApi;
import org.govforms.model.I589Application;
import org.govforms.model.I589ApplicationPage;
import org.govforms.model.ValidationReport;

import static org.govforms.client.Calls.call;

/**
 * The I-589 applications of the caller's tenant. Every create carries an Idempotency-Key, so it is safe
 * to retry; a replace sends the ETag of the record as this client last read it.
 */
public final class I589Applications {

    private final I589ApplicationsApi api;
    private final ETags etags;

    I589Applications(I589ApplicationsApi api, ETags etags) {
        this.api = api;
        this.etags = etags;
    }

    /** Stores a new application; the answer holds its id and any warnings. */
    public I589Application create(I589Application application) {
        return create(application, UUID.randomUUID().toString());
    }

    /** Stores a new application under the caller's own Idempotency-Key (the same key on every retry). */
    public I589Application create(I589Application application, String idempotencyKey) {
        return etags.remember(call(() -> api.createI589ApplicationWithHttpInfo(application, idempotencyKey)),
                I589Application::getId);
    }

    public I589Application get(UUID id) {
        return etags.remember(call(() -> api.getI589ApplicationWithHttpInfo(id)), I589Application::getId);
    }

    /**
     * Replaces the application with a corrected one, if nobody changed it since this client read it;
     * otherwise a {@link PreconditionFailedException}: read it again and reapply the change.
     */
    public I589Application replace(UUID id, I589Application application) {
        return etags.remember(call(() -> api.replaceI589ApplicationWithHttpInfo(id, etags.of(id), application)),
                I589Application::getId);
    }

    /** One page, oldest first; pass the page's nextPageToken to read the next one (null for the first). */
    public I589ApplicationPage list(Integer pageSize, String pageToken) {
        return call(() -> api.listI589Applications(pageSize, pageToken));
    }

    /** Every application of the tenant, oldest first, read page by page as the iteration goes. */
    public Iterable<I589Application> all() {
        return () -> new PageIterator<>(token -> {
            I589ApplicationPage page = list(100, token);
            return new PageIterator.Page<>(page.getItems(), page.getNextPageToken());
        });
    }

    /**
     * The stored application on the official Form I-589 (edition 01/20/25), filled, as PDF bytes: to print,
     * sign by hand and file. An application whose stored record has errors is a {@link ValidationException}.
     */
    public byte[] pdf(UUID id) {
        return call(() -> api.getI589ApplicationPdf(id));
    }

    /** Validates on the server without storing. */
    public ValidationReport validate(I589Application application) {
        return call(() -> api.validateI589Application(application));
    }

}
