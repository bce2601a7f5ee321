package org.huzhu.kiosk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.huzhu.kiosk.report.Column.Kind;
import org.junit.jupiter.api.Test;

class ColumnWidthsTest {

    private static final List<Column> STATEMENT = List.of(new Column("日期", Kind.MOMENT, 2),
            new Column("事项", Kind.TEXT, 3), new Column("时间", Kind.MINUTES, 2), new Column("说明", Kind.TEXT, 3));

    @Test
    void whenEverythingFitsEachColumnGetsItsWidestValueAndTheRestByShare() {
        float[] widths = ColumnWidths.across(STATEMENT, new float[] {100, 80, 60, 160}, 500);
        assertThat(widths).containsExactly(new float[] {120, 110, 80, 190}, within(0.01f));
    }

    @Test
    void whenTooWideAmountsAndDatesKeepTheirWidthAndTextWraps() {
        float[] widths = ColumnWidths.across(STATEMENT, new float[] {110, 300, 100, 400}, 500);
        assertThat(widths[0]).isEqualTo(110);
        assertThat(widths[2]).isEqualTo(100);
        assertThat(widths[1] + widths[3]).isCloseTo(290, within(0.01f));
        assertThat(widths[1] / widths[3]).isCloseTo(1f, within(0.01f)); // equal shares of 3
    }

    @Test
    void aShortTextColumnKeepsWhatItNeedsAndLeavesTheRestToTheLongOne() {
        float[] widths = ColumnWidths.across(STATEMENT, new float[] {110, 90, 100, 400}, 500);
        assertThat(widths[1]).isEqualTo(90);
        assertThat(widths[3]).isCloseTo(200, within(0.01f));
    }

    @Test
    void theColumnsAlwaysFillThePageExactly() {
        for (float[] natural : List.of(new float[] {10, 10, 10, 10}, new float[] {400, 10, 400, 10},
                new float[] {110, 600, 100, 900})) {
            float sum = 0;
            for (float width : ColumnWidths.across(STATEMENT, natural, 500)) {
                sum += width;
            }
            assertThat(sum).isCloseTo(500, within(0.01f));
        }
    }
}
