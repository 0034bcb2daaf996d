package org.govforms.domain.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.govforms.domain.GovFormsJson;
import org.govforms.domain.spec.SpecIndex;
import org.govforms.model.ExternalAudit;
import org.govforms.model.I589Application;
import org.govforms.model.I914Application;
import org.govforms.model.I914DerivativeApplication;
import org.govforms.model.I914LawEnforcementDeclaration;
import org.govforms.model.ProfessionalJudgmentPolicy;
import org.govforms.model.ProfessionalJudgmentRecord;
import org.govforms.model.Violation;

import static org.govforms.domain.rules.RecordRule.error;

/**
 * A text that must say something says something a reader can see: at least one letter, digit, punctuation mark
 * or symbol. Spaces of any kind, format characters (Unicode Cf: right-to-left marks, zero-width spaces and
 * joiners, the byte-order mark), control characters and the blank fillers of some scripts (Hangul fillers,
 * the blank Braille pattern) are not seen, so a native-alphabet name of one right-to-left mark is not a name.
 * Checked on every record type for every text its schema requires or gives a {@code minLength}.
 */
public final class VisibleText {

    /** Code points that are letters or symbols to Unicode but print as nothing. */
    private static final Set<Integer> BLANK_FILLERS = Set.of(0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800, 0x180E);

    public static final String RULE = "schema:visibleText";

    private static final ObjectMapper JSON = GovFormsJson.newObjectMapper();

    public static final List<RecordRule<?>> ALL = List.of(
            rule(I589Application.class), rule(I914Application.class), rule(I914DerivativeApplication.class),
            rule(I914LawEnforcementDeclaration.class), rule(ProfessionalJudgmentRecord.class),
            rule(ProfessionalJudgmentPolicy.class), rule(ExternalAudit.class));

    private VisibleText() {
    }

    /** True when the text has at least one character a reader can see; null and empty have none. */
    public static boolean isVisible(String text) {
        return text != null && text.codePoints().anyMatch(VisibleText::visible);
    }

    /** The opposite of {@link #isVisible}: what a form treats as not filled in. */
    public static boolean isBlank(String text) {
        return !isVisible(text);
    }

    /**
     * The violations without a {@code schema:visibleText} one where a form's own rule already says the same place
     * is not filled in (e.g. a Supplement B entry without its text): the form's words say more.
     */
    public static List<Violation> withoutRepeats(List<Violation> violations) {
        Set<String> namedByAFormRule = violations.stream()
                .filter(v -> v.getSeverity() == Violation.SeverityEnum.ERROR && !RULE.equals(v.getRule()))
                .map(Violation::getPointer)
                .collect(Collectors.toSet());
        return violations.stream()
                .filter(v -> !(RULE.equals(v.getRule()) && namedByAFormRule.contains(v.getPointer())))
                .toList();
    }

    private static boolean visible(int codePoint) {
        if (BLANK_FILLERS.contains(codePoint) || Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
            return false;
        }
        return switch (Character.getType(codePoint)) {
            case Character.FORMAT, Character.CONTROL, Character.UNASSIGNED, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> false;
            default -> true;
        };
    }

    /** One rule per record type, all with one check: the rule id and code alone pick it, whatever the type. */
    private static <T> RecordRule<T> rule(Class<T> type) {
        return error(RULE, "NO_VISIBLE_TEXT",
                "Write something a reader can see: spaces, direction marks and other invisible characters alone do not fill this in.",
                type, (record, findings) -> {
                    JsonNode document = JSON.valueToTree(record);
                    SpecIndex.bundled().requiredTextPointers(record.getClass().getSimpleName(), document).stream()
                            .filter(pointer -> isBlank(document.at(pointer).asText()))
                            .forEach(findings::at);
                });
    }
}
