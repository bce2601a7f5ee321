package org.huzhu.kiosk.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.huzhu.protocol.crypto.SignatureSuite;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Whoever can write the database file cannot change history without {@code journal verify} naming the spot. */
class JournalTamperTest {

    private static final int COUNT = 6;

    @TempDir
    Path folder;

    static java.util.List<SignatureSuite> suites() {
        return SignatureSuites.ALL;
    }

    @ParameterizedTest
    @MethodSource("suites")
    void changingAnyByteOfAStoredTransactionIsDetectedAtItsSequence(SignatureSuite suite) throws Exception {
        Path file = TestJournals.withTransactions(folder, suite, COUNT);
        try (Connection db = TestJournals.tamper(file)) {
            byte[] original = envelope(db, 4);
            for (int i = 0; i < original.length; i++) {
                byte[] changed = original.clone();
                changed[i] ^= (byte) (1 << (i % 8));
                setEnvelope(db, 4, changed);

                JournalVerifier.Result result = JournalVerifier.verify(file);

                assertThat(result).as("byte %d of %d", i, original.length)
                        .isInstanceOfSatisfying(JournalVerifier.Broken.class,
                                broken -> assertThat(broken.sequence()).isEqualTo(4));
            }
            setEnvelope(db, 4, original);
        }
        assertThat(JournalVerifier.verify(file)).isInstanceOf(JournalVerifier.Intact.class);
    }

    @Test
    void deletedRowIsReportedAsTheMissingSequence() throws Exception {
        Path file = TestJournals.withTransactions(folder, SignatureSuites.ED25519_SHA256, COUNT);
        try (Connection db = TestJournals.tamper(file)) {
            db.createStatement().executeUpdate("DELETE FROM outbox WHERE sequence = 3");
            db.createStatement().executeUpdate("DELETE FROM journal WHERE sequence = 3");
        }
        assertBroken(file, 3, "expected sequence 3, found 4");
    }

    @Test
    void firstRowDeletedIsReportedAsSequenceOne() throws Exception {
        Path file = TestJournals.withTransactions(folder, SignatureSuites.ED25519_SHA256, COUNT);
        try (Connection db = TestJournals.tamper(file)) {
            db.createStatement().executeUpdate("DELETE FROM outbox WHERE sequence = 1");
            db.createStatement().executeUpdate("DELETE FROM journal WHERE sequence = 1");
        }
        assertBroken(file, 1, "expected sequence 1, found 2");
    }

    @Test
    void swappedRowsAreReportedAtTheFirstOfThem() throws Exception {
        Path file = TestJournals.withTransactions(folder, SignatureSuites.ED25519_SHA256, COUNT);
        try (Connection db = TestJournals.tamper(file)) {
            byte[] two = envelope(db, 2);
            byte[] five = envelope(db, 5);
            setEnvelope(db, 2, five);
            setEnvelope(db, 5, two);
        }
        assertBroken(file, 2, "expected sequence 2, found 5");
    }

    @Test
    void storedCopiesOfEnvelopeFieldsAreChecked() throws Exception {
        Path file = TestJournals.withTransactions(folder, SignatureSuites.ED25519_SHA256, COUNT);
        try (Connection db = TestJournals.tamper(file)) {
            db.createStatement().executeUpdate("UPDATE journal SET type = 'hours.redeemed' WHERE sequence = 1");
            assertBroken(file, 1, "stored type differs");
            db.createStatement().executeUpdate("UPDATE journal SET type = 'booking.created' WHERE sequence = 1");
            db.createStatement().executeUpdate("UPDATE journal SET hash = '" + "0".repeat(64) + "' WHERE sequence = 6");
            assertBroken(file, 6, "stored hash differs");
        }
    }

    @Test
    void replacedPublicKeyIsNoticed() throws Exception {
        Path file = TestJournals.withTransactions(folder, SignatureSuites.ED25519_SHA256, 2);
        String otherKey = java.util.Base64.getEncoder()
                .encodeToString(SignatureSuites.ED25519_SHA256.generateKeyPair().getPublic().getEncoded());
        try (Connection db = TestJournals.tamper(file)) {
            db.createStatement().executeUpdate("UPDATE kiosk_meta SET value = '" + otherKey + "' WHERE key = 'public_key'");
        }
        assertBroken(file, 0, "does not belong to the stored public key");
    }

    private static void assertBroken(Path file, long sequence, String reason) throws Exception {
        assertThat(JournalVerifier.verify(file)).isInstanceOfSatisfying(JournalVerifier.Broken.class, broken -> {
            assertThat(broken.sequence()).isEqualTo(sequence);
            assertThat(broken.reason()).contains(reason);
        });
    }

    private static byte[] envelope(Connection db, long sequence) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT envelope FROM journal WHERE sequence = ?")) {
            query.setLong(1, sequence);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getBytes(1);
            }
        }
    }

    private static void setEnvelope(Connection db, long sequence, byte[] envelope) throws SQLException {
        try (PreparedStatement update = db.prepareStatement("UPDATE journal SET envelope = ? WHERE sequence = ?")) {
            update.setBytes(1, envelope);
            update.setLong(2, sequence);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
