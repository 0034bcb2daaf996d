package org.govforms.server;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How the log scan of PersonalDataInLogsIT recognises a personal value. */
class PersonalDataInLogsMatchTest {

    @Test
    void aNumberIsFoundWhereItStandsAloneNotInsideALongerRunOfDigits() {
        assertThat(PersonalDataInLogsIT.appears("{\"zip\":\"77002\"}", "77002")).isTrue();
        assertThat(PersonalDataInLogsIT.appears("zip=77002-1234", "77002")).isTrue();
        assertThat(PersonalDataInLogsIT.appears("\"@timestamp\":\"2026-11-23T20:26:11.777002857Z\"", "77002")).isFalse();
    }

    @Test
    void textIsFoundAnywhere() {
        assertThat(PersonalDataInLogsIT.appears("name=Chidi Okafor;", "Okafor")).isTrue();
        assertThat(PersonalDataInLogsIT.appears("nothing personal", "Okafor")).isFalse();
    }
}
