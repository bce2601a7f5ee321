package org.huzhu.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.huzhu.kiosk.journal.KeyPassphrase;
import org.huzhu.kiosk.journal.TestJournals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void demoThenVerifyPrintsOk() {
        Path db = folder.resolve("not/yet/there/kiosk.db");

        assertThat(run("demo", "--db", db.toString(), "--count", "40")).isZero();
        assertThat(stdout()).contains("appended 40 transactions (sequences 1..40)");
        assertThat(run("demo", "--db", db.toString(), "--count", "5", "--suite", "ed25519-sha256")).isZero();
        assertThat(stdout()).contains("sequences 41..45");

        out.reset();
        assertThat(run("verify", "--db", db.toString())).isZero();
        assertThat(stdout()).startsWith("OK 45 transactions (kiosk K-").contains("ed25519-sha256");
    }

    @Test
    void sm2DemoVerifies() {
        Path db = folder.resolve("sm2.db");
        assertThat(run("demo", "--db", db.toString(), "--count", "9", "--suite", "sm2-sm3")).isZero();
        out.reset();
        assertThat(run("verify", "--db", db.toString())).isZero();
        assertThat(stdout()).startsWith("OK 9 transactions").contains("sm2-sm3");
    }

    @Test
    void brokenJournalExitsOneNamingTheSequence() throws Exception {
        Path db = folder.resolve("kiosk.db");
        run("demo", "--db", db.toString(), "--count", "10");
        try (Connection raw = TestJournals.tamper(db)) {
            raw.createStatement().executeUpdate(
                    "UPDATE journal SET envelope = CAST(replace(CAST(envelope AS TEXT), '\"minutes\":', '\"minutes\":1')"
                    + " AS BLOB) WHERE sequence = 7");
        }
        out.reset();

        assertThat(run("verify", "--db", db.toString())).isEqualTo(JournalCommand.BROKEN);
        assertThat(stdout()).startsWith("BROKEN at sequence 7: ");
    }

    @Test
    void unsyncedCountsWhatTheServerHasNotAnsweredWithoutThePassphrase() throws Exception {
        Path db = folder.resolve("kiosk.db");
        run("demo", "--db", db.toString(), "--count", "6");
        try (Connection raw = TestJournals.tamper(db)) {
            raw.createStatement().executeUpdate("UPDATE outbox SET state = 'accepted' WHERE sequence <= 2");
            raw.createStatement().executeUpdate("UPDATE outbox SET state = 'rejected' WHERE sequence = 3");
            raw.createStatement().executeUpdate("UPDATE outbox SET state = 'sent' WHERE sequence = 4");
        }
        out.reset();

        var command = new JournalCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
        assertThat(command.run(List.of("unsynced", "--db", db.toString()))).isZero();
        assertThat(stdout().strip()).isEqualTo("3");
    }

    @Test
    void unsyncedOfAMissingOrForeignDatabaseExitsTwoWithAReason() throws Exception {
        assertThat(run("unsynced", "--db", folder.resolve("none.db").toString())).isEqualTo(JournalCommand.FAILED);
        assertThat(stderr()).contains("no such database");
        Path foreign = folder.resolve("foreign.db");
        java.nio.file.Files.write(foreign, "not a database at all, just some text".repeat(40).getBytes());
        assertThat(run("unsynced", "--db", foreign.toString())).isEqualTo(JournalCommand.FAILED);
        assertThat(stderr()).contains("journal unsynced:").doesNotContain("Exception", "\tat ");
        assertThat(stdout()).isEmpty();
    }

    @Test
    void missingDatabaseAndBadArgumentsExitTwoWithAReason() {
        assertThat(run("verify", "--db", folder.resolve("none.db").toString())).isEqualTo(JournalCommand.FAILED);
        assertThat(stderr()).contains("no such database");
        assertThat(run("demo", "--db", folder.toString(), "--count", "3")).isEqualTo(JournalCommand.FAILED);
        assertThat(stderr()).contains("is a folder");
        assertThat(run("demo", "--db", "x.db", "--count", "many")).isEqualTo(JournalCommand.FAILED);
        assertThat(stderr()).contains("--count must be a positive whole number");
        assertThat(run("rewind", "--db", "x.db")).isEqualTo(JournalCommand.FAILED);
        assertThat(stderr()).contains("unknown journal command 'rewind'", "Usage:");
        assertThat(run()).isEqualTo(JournalCommand.FAILED);
        assertThat(stderr()).doesNotContain("Exception", "\tat ");
    }

    private int run(String... args) {
        var command = new JournalCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(KeyPassphrase.ENV, "cli test passphrase"));
        return command.run(List.of(args));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
