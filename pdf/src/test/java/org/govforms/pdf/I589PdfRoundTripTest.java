package org.govforms.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.stream.Stream;
import org.govforms.model.I589Application;
import org.govforms.model.Violation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Fill, then read: every item the form carries comes back exactly (equal JSON). */
class I589PdfRoundTripTest {

    static Stream<Arguments> applications() {
        return Stream.of(
                Arguments.of("the complete example", I589Records.complete()),
                Arguments.of("the minimal example", I589Records.minimal()),
                Arguments.of("a family with 9 children", I589Records.withChildren(9)),
                Arguments.of("a 5,000-character narrative", I589Records.withNarrative(5000)),
                Arguments.of("names in Cyrillic and Vietnamese", I589Records.withNativeNames("Иванов Пётр", "NGUYỄN Thị Ánh")),
                Arguments.of("rows past the printed ones", I589Records.withManyRows()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applications")
    void everyFilledItemIsReadBackExactly(String name, ObjectNode record) throws Exception {
        I589Application application = I589Records.application(record);

        FormReading<I589Application> read = I589Pdf.read(I589Pdf.fill(application));

        JsonNode expected = RoundTrip.carried(I589Records.json(application), I589Pdf.form().definition());
        assertThat(JsonDiff.of(expected, I589Records.json(read.record()))).isEmpty();
        assertThat(I589Records.json(read.record())).isEqualTo(expected);
        // what a filled form cannot hold is the handwritten signatures, and only that is missing
        assertThat(read.violations()).allSatisfy(violation -> {
            assertThat(violation.getCode()).isEqualTo("REQUIRED");
            assertThat(violation.getFormItem()).contains("signature");
            assertThat(violation.getSeverity()).isEqualTo(Violation.SeverityEnum.ERROR);
        });
    }
}
