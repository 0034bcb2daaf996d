package org.govforms.domain;

import java.util.List;
import org.govforms.model.I589Application;
import org.govforms.model.Violation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PiiRedactionTest {

    private static final List<String> PERSONAL_VALUES = List.of(
            "012345678", "123456789", "000123456789", "Haile", "Meron", "Tesfaye", "Gebremariam",
            "1200 Example Avenue", "Silver Spring", "20910", "+13015550143", "1994-03-12", "Asmara",
            "Tigrinya", "Pentecostal", "12345678A01", "P01234567", "Community Legal Services");

    @Test
    void toStringOfAGeneratedModelRedactsEveryPersonalValue() throws Exception {
        I589Application application = SpecExamples.json().readValue(
                SpecExamples.example("I589Complete").json(), I589Application.class);

        String text = application.toString();

        assertThat(text).contains("lastName: [name redacted]", "socialSecurityNumber: [ssn redacted]",
                "sex: FEMALE", "middleName: [name redacted]");
        for (String value : PERSONAL_VALUES) {
            assertThat(text).as("toString() shows a personal value").doesNotContain(value);
        }
    }

    @Test
    void violationsNeverRepeatTheSubmittedValue() throws Exception {
        byte[] json = new String(SpecExamples.example("I589Complete").json(), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"012345678\"", "\"01234567X\"")
                .replace("\"123456789\"", "\"12345678Z\"")
                .replace("\"1994-03-12\"", "\"1994-02-31\"")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        List<Violation> violations = new GovFormsValidator().read(json, I589Application.class).violations();

        assertThat(violations).isNotEmpty().allSatisfy(v ->
                assertThat(v.toString() + v.getMessage()).doesNotContain("01234567X", "12345678Z", "1994-02-31"));
    }
}
