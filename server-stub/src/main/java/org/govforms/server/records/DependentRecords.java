package org.govforms.server.records;

import java.util.List;
import org.govforms.model.Violation;

/** What a change to a record does to a stored record that depends on it. */
public final class DependentRecords {

    private DependentRecords() {
    }

    /**
     * The errors the dependent would have after the change ({@code after}) that it does not have now
     * ({@code before}), each naming the dependent by its path: an error it already has is not the change's doing.
     */
    public static List<Violation> newErrors(List<Violation> before, List<Violation> after, String recordPath) {
        return after.stream()
                .filter(violation -> violation.getSeverity() == Violation.SeverityEnum.ERROR)
                .filter(violation -> !before.contains(violation))
                .map(violation -> copy(violation).recordPath(recordPath))
                .toList();
    }

    private static Violation copy(Violation violation) {
        return new Violation().pointer(violation.getPointer()).formItem(violation.getFormItem()).rule(violation.getRule())
                .severity(violation.getSeverity()).code(violation.getCode()).message(violation.getMessage());
    }
}
