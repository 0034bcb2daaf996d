package org.govforms.server;

import java.util.List;

/**
 * Fictional personal values that the attacker tests put where no personal value belongs (paths, property names,
 * query strings, headers, invalid bodies). None may come back in an answer or reach a log line of the suite
 * ({@link PersonalDataInLogsIT} looks for them too).
 */
final class SeededPersonalValues {

    static final String SSN = "671-38-2954";
    static final String A_NUMBER = "207455913";
    static final String NAME = "Quintanilla Reyes Marisol";
    static final String DATE_OF_BIRTH = "1987-04-23";
    static final String EMAIL = "marisol.quintanilla@example.org";

    static final List<String> ALL = List.of(SSN, A_NUMBER, NAME, DATE_OF_BIRTH, EMAIL);

    private SeededPersonalValues() {
    }

    /** The seeded values found in the text. */
    static List<String> in(String text) {
        return ALL.stream().filter(value -> PersonalDataInLogsIT.appears(text, value)).toList();
    }
}
