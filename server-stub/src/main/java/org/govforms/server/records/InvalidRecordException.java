package org.govforms.server.records;

import java.util.List;
import org.govforms.model.Violation;

/** The record breaks rules of its form; nothing was stored. Carries the violations, never the values. */
public class InvalidRecordException extends RuntimeException {

    private final transient List<Violation> violations;

    public InvalidRecordException(List<Violation> violations) {
        super(violations.size() + " violation(s)");
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
