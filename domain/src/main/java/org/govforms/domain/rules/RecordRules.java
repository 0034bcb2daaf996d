package org.govforms.domain.rules;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.govforms.domain.fafsapj.FafsaPjRules;
import org.govforms.domain.audit.AuditRules;
import org.govforms.domain.i589.I589Rules;
import org.govforms.domain.i914.I914DeclarationRules;
import org.govforms.domain.i914.I914DerivativeRules;
import org.govforms.domain.i914.I914Rules;

/** Every {@link RecordRule} of every family. */
public final class RecordRules {

    private static final List<RecordRule<?>> ALL = Stream.of(I589Rules.ALL, FafsaPjRules.ALL, AuditRules.ALL,
                    I914Rules.ALL, I914DerivativeRules.ALL, I914DeclarationRules.ALL, DateRange.ALL,
                    VisibleText.ALL)
            .flatMap(List::stream)
            .toList();

    private RecordRules() {
    }

    public static List<RecordRule<?>> all() {
        return ALL;
    }

    static RecordRule<?> find(String ruleId, String code) {
        return ALL.stream()
                .filter(rule -> rule.id().equals(ruleId) && rule.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no record rule " + ruleId + " " + code));
    }
}
