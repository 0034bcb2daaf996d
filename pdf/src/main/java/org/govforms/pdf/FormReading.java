package org.govforms.pdf;

import java.util.List;
import org.govforms.domain.Violations;
import org.govforms.model.Violation;

/**
 * A record read from a filled official form, and its violations: what could not be read from the form's
 * boxes, and what the record read breaks. The record is null when what was read is no record at all.
 */
public record FormReading<T>(T record, List<Violation> violations) {

    public boolean hasErrors() {
        return record == null || Violations.anyError(violations);
    }
}
