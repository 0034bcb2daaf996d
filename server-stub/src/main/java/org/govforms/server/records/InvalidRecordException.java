package org.govforms.server.records;

import java.util.List;
import org.govforms.domain.Violations;
import org.govforms.model.Violation;

/**
 * The record breaks rules of its form; nothing was stored. Carries the violations, never the values: every
 * obstacle the record has, in pointer order (the answer lists the first 1,000 and says how many there are).
 */
public class InvalidRecordException extends RuntimeException {

    private final transient List<Violation> violations;

    public InvalidRecordException(List<Violation> violations) {
        super(violations.size() + " violation(s)");
        this.violations = violations.stream().distinct().sorted(Violations.ORDER).toList();
    }

    public List<Violation> violations() {
        return violations;
    }
}
