package org.huzhu.server.testsupport;

import java.net.http.HttpResponse;
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
import org.huzhu.server.ledger.LedgerLimits;
import org.huzhu.server.store.StoreTarget;

/**
 * The real server on 127.0.0.1 and a free port, with the system clock, plus a client for it. {@link #SOCIAL_WORKER}
 * is registered on every one, so a kiosk enrolled with several signs staff actions all of them accept.
 */
public final class RunningServer implements AutoCloseable {

    public final HuzhuServer server;
    public final ApiClient client;
    public static final TestStaff SOCIAL_WORKER = new TestStaff();

    public RunningServer(StoreTarget store, Path folder) throws Exception {
        this(store, folder, true);
    }

    /**
     * Another node of the server on the database of a running one, with the same server key (the key file in
     * {@code folder}), as a second node of one deployment: {@link #SOCIAL_WORKER} is registered already.
     */
    public static RunningServer anotherNode(StoreTarget store, Path folder) throws Exception {
        return new RunningServer(store, folder, false);
    }

    private RunningServer(StoreTarget store, Path folder, boolean firstNode) throws Exception {
        server = HuzhuServer.start(new ServerSettings("127.0.0.1", 0, store, folder.resolve("server-key.p12"),
                "test-passphrase".toCharArray(), SignatureSuites.ED25519_SHA256, LedgerLimits.DEFAULT,
                OfflinePolicy.DEFAULT, true, ServerSettings.DEFAULT_MAX_BODY_BYTES), Clock.systemUTC());
        client = new ApiClient(server.port());
        if (!firstNode) {
            return;
        }
        SOCIAL_WORKER.register(server.database(), "社工 测试", Set.of(StaffRole.SOCIAL_WORKER),
                ServerSettings.DEFAULT_COMMUNITY, Instant.now().minus(Duration.ofDays(1)));
    }

    /** What {@code enrol-code} prints, issued the way an embedding program gets it. */
    public String enrolmentCode() throws Exception {
        return server.issueEnrolmentCode();
    }

    /** Enrols {@code kiosk} over HTTP with a fresh code, as the kiosk's {@code enrol} command does. */
    public void enrol(TestKiosk kiosk) throws Exception {
        HttpResponse<String> answer = client.signed(kiosk, "POST", "/v1/enrolment",
                ApiClient.enrolment(kiosk, enrolmentCode()));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("enrolment refused: " + answer.statusCode() + " " + answer.body());
        }
    }

    @Override
    public void close() throws Exception {
        server.close();
    }
}
