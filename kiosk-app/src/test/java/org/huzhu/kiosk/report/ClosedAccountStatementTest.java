package org.huzhu.kiosk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.huzhu.kiosk.i18n.Language;
import org.huzhu.kiosk.i18n.Messages;
import org.huzhu.protocol.counter.Page;
import org.huzhu.protocol.counter.ResidentSummary;
import org.huzhu.protocol.counter.Statement;
import org.huzhu.protocol.counter.StatementEntry;
import org.junit.jupiter.api.Test;

/** A closed account's printable statement says it was closed and why, in words, never as codes. */
class ClosedAccountStatementTest {

    @Test
    void theClosingAndWhatAFamilyMemberReceivedAreWordedNotCoded() {
        ReportTables tables = new ReportTables(new ReportWords(Messages.of(Language.EN)));
        StatementEntry closing = new StatementEntry("t-close", "resident.closed", Instant.parse("2026-05-08T02:00:00Z"),
                -120, "b2", null, null, "moved-away");
        StatementEntry received = new StatementEntry("t-close", "resident.closed",
                Instant.parse("2026-05-08T02:00:00Z"), 120, "a1", null, null, "moved-away");
        ResidentSummary wang = new ResidentSummary("a1", "王秀英", "M000001", 0, "", Instant.EPOCH, null, "closed");

        ReportTable history = tables.history(new Statement(wang, new Page<>(List.of(closing, received), 0, 2)),
                ZoneId.of("Asia/Shanghai"));

        assertThat(history.rows()).extracting(row -> row.get(1))
                .containsExactly(new Cell.Text("Account closed (moved away)"),
                        new Cell.Text("Received from a family member's closed account"));
        assertThat(history.rows()).allSatisfy(row -> assertThat(row.getLast()).isEqualTo(new Cell.Lines(List.of())));
    }
}
