package org.huzhu.protocol.aid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Yuan to fen and back, exactly. */
class YuanTest {

    @Test
    void writesTwoDecimalsExactlyFromFen() {
        assertThat(Yuan.plain(0)).isEqualTo("0.00");
        assertThat(Yuan.plain(5)).isEqualTo("0.05");
        assertThat(Yuan.plain(120_050)).isEqualTo("1200.50");
        assertThat(Yuan.plain(Yuan.MAX_FEN)).isEqualTo("90071992547409.91");
    }

    @Test
    void readsWhatPeopleTypeAndRefusesTheRest() {
        assertThat(Yuan.parse("3000")).contains(300_000L);
        assertThat(Yuan.parse(" ¥3,000.5 ")).contains(300_050L);
        assertThat(Yuan.parse("￥0.01")).contains(1L);
        assertThat(Yuan.parse("0.1")).contains(10L);
        assertThat(Yuan.parse("0")).isEmpty();
        assertThat(Yuan.parse("1.005")).as("no third decimal").isEmpty();
        assertThat(Yuan.parse("-5")).isEmpty();
        assertThat(Yuan.parse("1e3")).isEmpty();
        assertThat(Yuan.parse("")).isEmpty();
        assertThat(Yuan.parse("99999999999999.99")).as("beyond 2^53 - 1 fen").isEmpty();
        assertThat(Yuan.parse("90071992547409.91")).contains(Yuan.MAX_FEN);
    }

    @Test
    void shownGroupsThousandsAndShowsFenOnlyWhenThereAreAny() {
        assertThat(Yuan.shown(300_000)).isEqualTo("¥3,000");
        assertThat(Yuan.shown(123_450)).isEqualTo("¥1,234.50");
        assertThat(Yuan.shown(5)).isEqualTo("¥0.05");
        assertThat(Yuan.shown(Yuan.MAX_FEN)).isEqualTo("¥90,071,992,547,409.91");
    }
}
