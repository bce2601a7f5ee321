package org.huzhu.kiosk.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.f4b6a3.uuid.UuidCreator;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;
import org.huzhu.kiosk.identity.KioskIdentity;
import org.huzhu.protocol.Actor;
import org.huzhu.protocol.Transaction;
import org.huzhu.protocol.TransactionCodec;
import org.huzhu.protocol.TransactionType;
import org.huzhu.protocol.UnsignedTransaction;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.payload.Payload;
import org.huzhu.protocol.payload.SamplePayloads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A journal an old kiosk began (version 1 envelopes) and a new one continues (version 2) verifies as one chain. */
class JournalVersionsTest {

    @TempDir
    Path folder;

    @Test
    void aVersion1JournalContinuedInVersion2VerifiesWhole() throws Exception {
        Path file = folder.resolve("kiosk.db");
        KioskIdentity identity;
        try (OpenJournal open = TestJournals.open(file, SignatureSuites.SM2_SM3)) {
            identity = open.journal().identity();
        }
        writeVersion1Rows(file, identity, 3);

        Transaction continued;
        try (OpenJournal open = TestJournals.open(file, SignatureSuites.SM2_SM3)) {
            assertThat(open.journal().headSequence()).isEqualTo(3);
            continued = open.journal().append(SamplePayloads.mixed(4, new SplittableRandom(4)), Actor.SYSTEM,
                    BusinessChange.NONE);
        }

        assertThat(continued.sequence()).isEqualTo(4);
        assertThat(continued.body().version()).isEqualTo(UnsignedTransaction.VERSION);
        assertThat(JournalVerifier.verify(file)).isInstanceOfSatisfying(JournalVerifier.Intact.class,
                intact -> assertThat(intact.count()).isEqualTo(4));
    }

    /** What an old kiosk's journal holds: version 1 envelopes, chained and signed by the same key. */
    private static void writeVersion1Rows(Path file, KioskIdentity identity, int count) throws Exception {
        String previous = UnsignedTransaction.GENESIS_HASH;
        SplittableRandom random = new SplittableRandom(1);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO journal (sequence, id, type, created_at, envelope, hash)
                        VALUES (?, ?, ?, ?, ?, ?)""")) {
            for (int sequence = 1; sequence <= count; sequence++) {
                Payload payload = SamplePayloads.mixed(sequence, random);
                UnsignedTransaction body = new UnsignedTransaction(UuidCreator.getTimeOrderedEpoch(),
                        identity.kioskId(), sequence, previous, Instant.now().truncatedTo(ChronoUnit.MILLIS),
                        TransactionType.of(payload), Actor.SYSTEM, payload, identity.suite().id(),
                        UnsignedTransaction.VERSION_1, List.of());
                byte[] envelope = TransactionCodec.encode(TransactionCodec.sign(body, identity.suite(),
                        identity.privateKey()));
                previous = TransactionCodec.hash(envelope, identity.suite());
                insert.setLong(1, sequence);
                insert.setString(2, body.id().toString());
                insert.setString(3, body.type().wireName());
                insert.setString(4, body.createdAt().toString());
                insert.setBytes(5, envelope);
                insert.setString(6, previous);
                insert.executeUpdate();
            }
        }
    }
}
