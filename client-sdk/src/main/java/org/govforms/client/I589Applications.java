package org.govforms.client;

import java.util.UUID;
import org.govforms.client.api.I589ApplicationsApi;
import org.govforms.model.I589Application;
import org.govforms.model.I589ApplicationPage;
import org.govforms.model.ValidationReport;

/** The I-589 applications of the caller's tenant. */
public final class I589Applications {

    private final I589ApplicationsApi api;

    I589Applications(I589ApplicationsApi api) {
        this.api = api;
    }

    /** Stores a new application; the answer holds its id and any warnings. */
    public I589Application create(I589Application application) {
        return api.createI589Application(application);
    }

    public I589Application get(UUID id) {
        return api.getI589Application(id);
    }

    public I589Application replace(UUID id, I589Application application) {
        return api.replaceI589Application(id, application);
    }

    /** One page, oldest first; pass the page's nextPageToken to read the next one (null for the first). */
    public I589ApplicationPage list(Integer pageSize, String pageToken) {
        return api.listI589Applications(pageSize, pageToken);
    }

    /** Validates on the server without storing. */
    public ValidationReport validate(I589Application application) {
        return api.validateI589Application(application);
    }
}
