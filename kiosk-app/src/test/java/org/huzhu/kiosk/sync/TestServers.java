package org.huzhu.kiosk.sync;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.huzhu.protocol.authority.StaffRole;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.policy.OfflinePolicy;
import org.huzhu.server.app.HuzhuServer;
import org.huzhu.server.app.ServerSettings;
import org.huzhu.server.kiosk.EnrolmentCodes;
import org.huzhu.server.ledger.LedgerLimits;
import org.huzhu.server.staff.StaffRegistry;
import org.huzhu.server.store.StoreTarget;
import org.huzhu.server.testsupport.RunningServer;

/** The real reference server on loopback, with its SQLite file and key in a test folder. Close what you start. */
public final class TestServers {

    private TestServers() {
    }

    /**
     * Starts (or restarts, with the same data) the server in {@code folder}; port 0 picks a free one. The test social
     * worker ({@link RunningServer#SOCIAL_WORKER}) is registered on it.
     */
    public static HuzhuServer start(Path folder, int port) throws Exception {
        HuzhuServer server = HuzhuServer.start(new ServerSettings("127.0.0.1", port,
                new StoreTarget.Sqlite(folder.resolve("server.db")), folder.resolve("server-key.p12"),
                "server test passphrase".toCharArray(), SignatureSuites.ED25519_SHA256, LedgerLimits.DEFAULT,
                OfflinePolicy.DEFAULT, true, ServerSettings.DEFAULT_MAX_BODY_BYTES), Clock.systemUTC());
        boolean known = server.database().inTransaction(connection -> StaffRegistry.byKey(connection,
                RunningServer.SOCIAL_WORKER.fingerprint()).isPresent());
        if (!known) {
            RunningServer.SOCIAL_WORKER.register(server.database(), "测试社工", Set.of(StaffRole.SOCIAL_WORKER),
                    ServerSettings.DEFAULT_COMMUNITY, Instant.EPOCH);
        }
        return server;
    }

    public static URI url(HuzhuServer server) {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    /** A one-time enrolment code, as {@code huzhu-server enrol-code} prints it. */
    public static String enrolmentCode(HuzhuServer server) throws Exception {
        return server.database().inTransaction(c -> EnrolmentCodes.issue(c, Instant.now(), Duration.ofHours(1)));
    }
}
