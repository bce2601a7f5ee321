package org.huzhu.server.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.log.MerkleHashes;
import org.huzhu.server.app.ServerSettings;
import org.huzhu.server.kiosk.KioskRecord;
import org.huzhu.server.ledger.LedgerLimits;
import org.huzhu.server.testsupport.ServerParts;
import org.huzhu.server.testsupport.Stores;
import org.huzhu.server.testsupport.TestKiosk;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A database from before the log (no leaves yet) gets every accepted transaction logged once, at the next start. */
class LogBackfillTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @MethodSource("org.huzhu.server.testsupport.Stores#both")
    void acceptedTransactionsOfAnOlderDatabaseBecomeLeavesOnce(Stores store) throws Exception {
        try (ServerParts parts = new ServerParts(store.create(folder), LedgerLimits.DEFAULT)) {
            TestKiosk kiosk = new TestKiosk(SignatureSuites.ED25519_SHA256,
                    ServerParts.START.truncatedTo(ChronoUnit.MILLIS));
            kiosk.useStaffCard(parts.socialWorker);
            KioskRecord record = parts.enrol(kiosk);
            byte[] first = kiosk.next(ServerParts.enrolment(UUID.randomUUID()), TestKiosk.STAFF);
            byte[] second = kiosk.next(ServerParts.enrolment(UUID.randomUUID()), TestKiosk.STAFF);
            assertThat(parts.send(record, List.of(first, second)).verdicts()).allMatch(v -> v.accepted());
            List<byte[]> logged = parts.database.inTransaction(connection ->
                    LogLeaves.hashesFrom(connection, ServerSettings.DEFAULT_COMMUNITY, 0));
            parts.database.inTransaction(connection -> {
                try (PreparedStatement forget = connection.prepareStatement("DELETE FROM log_leaf")) {
                    return forget.executeUpdate(); // as before migration V18 had any leaf
                }
            });

            long added = parts.database.inTransaction(connection ->
                    LogBackfill.run(connection, ServerSettings.DEFAULT_COMMUNITY));
            long again = parts.database.inTransaction(connection ->
                    LogBackfill.run(connection, ServerSettings.DEFAULT_COMMUNITY));
            List<byte[]> refilled = parts.database.inTransaction(connection ->
                    LogLeaves.hashesFrom(connection, ServerSettings.DEFAULT_COMMUNITY, 0));

            assertThat(logged).extracting(HexFormat.of()::formatHex).containsExactly(
                    HexFormat.of().formatHex(MerkleHashes.leaf(first)),
                    HexFormat.of().formatHex(MerkleHashes.leaf(second)));
            assertThat(added).isEqualTo(2);
            assertThat(again).as("once the log has begun, nothing is filled in").isZero();
            assertThat(refilled).extracting(HexFormat.of()::formatHex)
                    .containsExactlyElementsOf(logged.stream().map(HexFormat.of()::formatHex).toList());
        }
    }
}
