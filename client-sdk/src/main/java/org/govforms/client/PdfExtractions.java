package org.govforms.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.govforms.client.api.I589ApplicationsApi;
import org.govforms.model.I589Application;
import org.govforms.model.I589ApplicationExtraction;
import org.govforms.model.Violation;

import static org.govforms.client.Calls.call;

/** Records read by the server from filled official forms (PDF); nothing is stored. */
public final class PdfExtractions {

    private final I589ApplicationsApi api;
    private final ObjectMapper mapper;

    PdfExtractions(I589ApplicationsApi api, ObjectMapper mapper) {
        this.api = api;
        this.mapper = mapper;
    }

    /**
     * A record read from a filled form, and its violations: boxes that hold no valid value, and the rules the
     * record breaks (a form holds no handwritten signature as text). The record is null when nothing could be
     * read as one.
     */
    public record Extraction<T>(T record, boolean valid, List<Violation> violations) {
    }

    /**
     * The I-589 application read from a filled Form I-589 (edition 01/20/25). A PDF that is damaged,
     * encrypted, not an I-589 or another edition is a {@link GovFormsApiException} (400).
     */
    public Extraction<I589Application> i589Application(byte[] pdf) {
        I589ApplicationExtraction read = call(() -> api.extractI589ApplicationFromPdf(pdf));
        I589Application application = read.getApplication() == null ? null
                : mapper.convertValue(read.getApplication(), I589Application.class);
        return new Extraction<>(application, Boolean.TRUE.equals(read.getValid()),
                read.getViolations() == null ? List.of() : List.copyOf(read.getViolations()));
    }
}
