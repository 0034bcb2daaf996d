package org.govforms.domain.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.govforms.domain.GovFormsJson;
import org.govforms.domain.spec.SpecIndex;
import org.govforms.model.ExternalAudit;
import org.govforms.model.I589Application;
import org.govforms.model.I914Application;
import org.govforms.model.I914DerivativeApplication;
import org.govforms.model.I914LawEnforcementDeclaration;
import org.govforms.model.ProfessionalJudgmentPolicy;
import org.govforms.model.ProfessionalJudgmentRecord;

import static org.govforms.domain.rules.RecordRule.error;

/**
 * Every date of every record lies from 1900-01-01 through 2099-12-31. No person or record of these forms
 * predates 1900, a later year is a typing slip (9999 for "unknown"), and every deadline computed from a
 * date (a due date, a retention date) must still be a date the specification can write.
 */
public final class DateRange {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

    private static final ObjectMapper JSON = GovFormsJson.newObjectMapper();

    public static final List<RecordRule<?>> ALL = List.of(
            rule(I589Application.class), rule(I914Application.class), rule(I914DerivativeApplication.class),
            rule(I914LawEnforcementDeclaration.class), rule(ProfessionalJudgmentRecord.class),
            rule(ProfessionalJudgmentPolicy.class), rule(ExternalAudit.class));

    private DateRange() {
    }

    /** One rule per record type, all with one check: the rule id and code alone pick it, whatever the type. */
    private static <T> RecordRule<T> rule(Class<T> type) {
        return error("schema:dateRange", "DATE_OUT_OF_RANGE",
                "Give a date from " + EARLIEST + " through " + LATEST + ".", type, (record, findings) -> {
                    JsonNode document = JSON.valueToTree(record);
                    SpecIndex.bundled().datePointers(record.getClass().getSimpleName(), document).stream()
                            .filter(pointer -> outOfRange(document.at(pointer).asText()))
                            .forEach(findings::at);
                });
    }

    /** Dates read from JSON are yyyy-MM-dd, so they compare as text. */
    private static boolean outOfRange(String date) {
        return date.compareTo(EARLIEST.toString()) < 0 || date.compareTo(LATEST.toString()) > 0;
    }
}
