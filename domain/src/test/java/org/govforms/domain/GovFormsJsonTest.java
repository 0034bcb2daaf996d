package org.govforms.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.govforms.model.I589Application;
import org.govforms.model.Violation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GovFormsJsonTest {

    private final ObjectMapper mapper = GovFormsJson.newObjectMapper();
    private final GovFormsValidator validator = new GovFormsValidator();

    @Test
    void theCompleteExampleRoundTripsUnchanged() throws Exception {
        SpecExamples.Example example = SpecExamples.example("I589Complete");
        I589Application application = mapper.readValue(example.json(), I589Application.class);

        JsonNode written = mapper.readTree(mapper.writeValueAsBytes(application));

        assertThat(written).isEqualTo(example.value());
    }

    @Test
    void unknownPropertiesAreReportedAtTheirPointer() {
        List<Violation> violations = read("{\"formEdition\":\"01/20/25\",\"applicant\":{\"favouriteColour\":\"red\"}}");
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.getPointer()).isEqualTo("/applicant/favouriteColour");
            assertThat(v.getCode()).isEqualTo("UNKNOWN_PROPERTY");
            assertThat(v.getRule()).isEqualTo("schema:additionalProperties");
            assertThat(v.getMessage()).doesNotContain("red");
        });
    }

    @Test
    void wrongTypesMalformedJsonAndDeepNestingAreViolationsNotExceptions() {
        assertThat(read("{\"formEdition\":\"01/20/25\",\"applicant\":{\"fluentInEnglish\":\"yes\"}}"))
                .extracting(Violation::getPointer, Violation::getCode, Violation::getFormItem)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/applicant/fluentInEnglish", "WRONG_TYPE", "I-589:A.I.24"));
        assertThat(read("{\"formEdition\": ")).extracting(Violation::getCode).containsExactly("MALFORMED_JSON");
        assertThat(read("{} {}")).extracting(Violation::getCode).containsExactly("NOT_AN_OBJECT");
        assertThat(read("[1, 2]")).extracting(Violation::getCode).containsExactly("NOT_AN_OBJECT");
        assertThat(read("null")).extracting(Violation::getCode).containsExactly("NOT_AN_OBJECT");
        assertThat(read("{\"a\":".repeat(40) + "1" + "}".repeat(40)))
                .extracting(Violation::getCode).containsExactly("TOO_DEEPLY_NESTED");
        assertThat(read("{\"formEdition\":\"01/20/25\",\"formEdition\":\"01/20/25\"}"))
                .extracting(Violation::getCode).containsExactly("MALFORMED_JSON");
    }

    @Test
    void numbersAndBooleansAreNotReadAsText() {
        for (String scalar : List.of("42", "1.5", "true")) {
            assertThat(read("{\"formEdition\":\"01/20/25\",\"applicant\":{\"raceEthnicOrTribalGroup\":" + scalar + "}}"))
                    .as(scalar).extracting(Violation::getPointer, Violation::getCode)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("/applicant/raceEthnicOrTribalGroup", "WRONG_TYPE"));
        }
    }

    @Test
    void aDateIsADateOnly() {
        for (String date : List.of("\"2024-02-29T00:00:00Z\"", "\"2024-02-29T00:00:00\"", "\"2023-02-30\"", "\"-0001-01-01\"", "\"+10000-01-01\"", "19000")) {
            assertThat(read("{\"formEdition\":\"01/20/25\",\"applicant\":{\"dateLastLeftCountry\":" + date + "}}"))
                    .as(date).extracting(Violation::getPointer).containsExactly("/applicant/dateLastLeftCountry");
        }
    }

    private List<Violation> read(String json) {
        return validator.read(json.getBytes(StandardCharsets.UTF_8), I589Application.class).violations();
    }
}
