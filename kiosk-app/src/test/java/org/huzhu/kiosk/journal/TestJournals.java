package org.huzhu.kiosk.journal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.SplittableRandom;
import org.huzhu.protocol.Actor;
import org.huzhu.protocol.crypto.SignatureSuite;
import org.huzhu.protocol.payload.SamplePayloads;

/** Real journals in temporary folders for tests. */
public final class TestJournals {

    public static final String PASSPHRASE = "test passphrase 1";

    private TestJournals() {
    }

    public static OpenJournal open(Path databaseFile, SignatureSuite suite) throws Exception {
        return OpenJournal.open(databaseFile, PASSPHRASE.toCharArray(), suite, Clock.systemUTC());
    }

    /** A journal file with {@code count} sample transactions, closed again. */
    public static Path withTransactions(Path folder, SignatureSuite suite, int count) throws Exception {
        Path file = folder.resolve("kiosk.db");
        try (OpenJournal open = open(file, suite)) {
            SplittableRandom random = new SplittableRandom(7);
            for (int i = 0; i < count; i++) {
                open.journal().append(SamplePayloads.mixed(i, random), Actor.SYSTEM, BusinessChange.NONE);
            }
        }
        return file;
    }

    /** A raw connection with the append-only triggers dropped, as an attacker with file access would. */
    public static Connection tamper(Path databaseFile) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + databaseFile);
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TRIGGER IF EXISTS journal_no_update");
            statement.execute("DROP TRIGGER IF EXISTS journal_no_delete");
        }
        return connection;
    }
}
