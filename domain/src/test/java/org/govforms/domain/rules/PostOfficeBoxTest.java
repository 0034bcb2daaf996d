package org.govforms.domain.rules;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.govforms.domain.GovFormsValidator;
import org.govforms.domain.SpecExamples;
import org.govforms.model.I589Application;
import org.govforms.model.I914Application;
import org.govforms.model.I914DerivativeApplication;
import org.govforms.model.Violation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** One post-office-box rule: the spellings that name a box, the street lines that only look like one. */
class PostOfficeBoxTest {

    private final GovFormsValidator validator =
            new GovFormsValidator(Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC));

    @ParameterizedTest
    @ValueSource(strings = {
            "PO Box 12", "PO Box12", "po box 12", "P.O. Box 12", "P. O. Box 12", "P O Box 12", "POBox 12", "P.O.Box 12",
            "PO BOX #12", "Post Office Box 12", "POST OFFICE BOX 12", "PostOffice Box 12", "POB 12", "P.O.B. 12",
            "P.O.B 12", "pob 12", "Box 12", "BOX 12", "Box #12", "Box No. 12", "box12", "PMB 12", "P.M.B. 12",
            "410 Sample Road PMB 12", "1200 Main St Ste 5 PMB 301", "Private Mailbox 12", "Caja Postal 12",
            "CAJA POSTAL 12", "Apartado Postal 12", "Apartado 12", "Apdo. 12", "Ｐ.Ｏ. Ｂｏｘ 12", "Unit 4, PO Box 77"})
    void namesABox(String line) {
        assertThat(PostOfficeBox.in(line)).as(line).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "12 Boxwood Lane", "12 Box Elder Street", "40 Boxer Road", "7 Pobst Road", "9 Pomba Street", "22 Poplar Ave",
            "500 Post Office Road", "15 Postal Way", "8 Apartadero Street", "3 Pembroke Drive", "410 Sample Road",
            "1 Boxford Court", "RR 2 Box 152", "Rural Route 2 Box 152", "HC 1 Box 9", "R.R. 3 Box 40",
            "2 Toolbox Lane", "7 Sandbox Circle", "12 Upper Mill Road", "APO AE 09012", "1600 Pennsylvania Ave NW",
            "33 Calle Postal", "4 Caja Street"})
    void doesNotNameABox(String line) {
        assertThat(PostOfficeBox.in(line)).as(line).isFalse();
    }

    /** Every form that keeps a box out of a physical address asks the same rule. */
    @ParameterizedTest
    @CsvSource({
            "I589Complete, /applicant/residence/streetNumberAndName, I-589:R.1",
            "I914ApplicationComplete, /applicant/physicalAddress/streetNumberAndName, I-914:R.4",
            "I914DerivativeComplete, /familyMember/physicalAddress/streetNumberAndName, I-914-SA:R.8"})
    void everyFormAsksTheSameRule(String example, String pointer, String rule) {
        for (String box : List.of("PO Box12", "POB 12", "P.O.B. 12", "Box 12", "Post Office Box 12", "PMB 12")) {
            assertThat(ruleViolations(example, pointer, box, rule)).as(box).extracting(Violation::getPointer)
                    .containsExactly(pointer);
        }
        for (String street : List.of("12 Boxwood Lane", "RR 2 Box 152")) {
            assertThat(ruleViolations(example, pointer, street, rule)).as(street).isEmpty();
        }
    }

    private List<Violation> ruleViolations(String example, String pointer, String street, String rule) {
        ObjectNode record = SpecExamples.example(example).copy();
        int slash = pointer.lastIndexOf('/');
        ((ObjectNode) record.at(pointer.substring(0, slash))).put(pointer.substring(slash + 1), street);
        Class<?> type = switch (rule.substring(0, rule.indexOf(':'))) {
            case "I-589" -> I589Application.class;
            case "I-914" -> I914Application.class;
            default -> I914DerivativeApplication.class;
        };
        GovFormsValidator.Checked<?> checked = validator.read(record.toString().getBytes(StandardCharsets.UTF_8), type);
        assertThat(checked.record()).isNotNull();
        return checked.violations().stream().filter(v -> v.getRule().equals(rule)).toList();
    }
}
