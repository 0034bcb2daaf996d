package org.govforms.domain.fafsapj;

import java.util.List;
import org.govforms.model.ProfessionalJudgmentRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FafsaPjPiiTest {

    @Test
    void toStringRedactsTheStudentsIdentifiersAndCircumstances() {
        ProfessionalJudgmentRecord record = FafsaPjTesting.record(FafsaPjTesting.example("FafsaPjCompleteSpecialCircumstance"));

        String text = record.toString();

        assertThat(text).contains("studentIdentifier: [account-number redacted]", "socialSecurityNumber: [ssn redacted]",
                "studentAccount: [narrative redacted]");
        for (String value : List.of("S0048213", "Brightwater", "Jonah", "900123456", "2004-05-17", "77 Example Lane",
                "jonah.brightwater@example.org", "father lost his job", "day care arrangement", "Haverford", "+15075550123")) {
            assertThat(text).as("toString() shows a personal value").doesNotContain(value);
        }
    }
}
