package org.huzhu.kiosk.sync.workload;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.huzhu.kiosk.identity.KioskIdentity;
import org.huzhu.kiosk.journal.BusinessChange;
import org.huzhu.kiosk.journal.Journal;
import org.huzhu.kiosk.journal.OpenJournal;
import org.huzhu.kiosk.journal.TestJournals;
import org.huzhu.kiosk.storage.StorageException;
import org.huzhu.kiosk.sync.Synchronizer;
import org.huzhu.kiosk.sync.workload.CommunityWorkload.PlannedTransaction;
import org.huzhu.protocol.SignInMethod;
import org.huzhu.protocol.Transaction;
import org.huzhu.protocol.crypto.SignatureSuite;
import org.huzhu.protocol.sync.Snapshot;
import org.huzhu.protocol.sync.SyncJson;
import org.huzhu.server.testsupport.RunningServer;
import org.huzhu.server.testsupport.TestKiosk;

/**
 * A real kiosk journal (SQLite file) enrolled with a running server, holding a {@link CommunityWorkload} planned on the
 * snapshot it pulled from that server, all still to be delivered. Closing it closes the journal.
 *
 * @param plan what was appended: {@code plan.get(i)} is the transaction with sequence {@code i + 1}
 */
public record LoadedKiosk(OpenJournal journal, Synchronizer synchronizer, List<PlannedTransaction> plan)
        implements AutoCloseable {

    /** A kiosk enrolled with {@code running}, where it will sync. */
    public static LoadedKiosk create(RunningServer running, Path databaseFile, SignatureSuite suite, int count,
            long seed) throws Exception {
        return create(List.of(running), databaseFile, suite, count, seed);
    }

    /**
     * A kiosk enrolled with each of {@code servers}, with a snapshot from each, so every one of them judges its
     * transactions alike. It syncs with the first: its receipt key is the one the kiosk keeps.
     */
    public static LoadedKiosk create(List<RunningServer> servers, Path databaseFile, SignatureSuite suite, int count,
            long seed) throws Exception {
        OpenJournal journal = TestJournals.open(databaseFile, suite);
        try {
            Synchronizer synchronizer = new Synchronizer(journal, Clock.systemUTC());
            Snapshot catalogue = null;
            for (RunningServer running : servers.reversed()) {
                synchronizer.enrol(uri(running), running.enrolmentCode());
                catalogue = pullSnapshot(running, journal);
            }
            List<PlannedTransaction> plan = CommunityWorkload.plan(count, catalogue, seed);
            append(journal, plan);
            return new LoadedKiosk(journal, synchronizer, plan);
        } catch (Exception e) {
            journal.close();
            throw e;
        }
    }

    public static URI uri(RunningServer running) {
        return URI.create("http://127.0.0.1:" + running.server.port());
    }

    public String kioskId() {
        return journal.journal().identity().kioskId();
    }

    @Override
    public void close() throws StorageException {
        journal.close();
    }

    /**
     * The snapshot a kiosk pulls before it works offline (signed with the kiosk's key, over loopback): the catalogue
     * to book on, and the server's record of when this kiosk last had one, which its offline limit counts from.
     */
    private static Snapshot pullSnapshot(RunningServer running, OpenJournal journal) throws Exception {
        KioskIdentity identity = journal.journal().identity();
        TestKiosk signer = new TestKiosk(identity.suite(), new KeyPair(identity.publicKey(), identity.privateKey()),
                Instant.now());
        HttpResponse<String> response = running.client.signed(signer, "GET", "/v1/snapshot?since=0", new byte[0]);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("snapshot refused: " + response.statusCode() + " " + response.body());
        }
        return SyncJson.MAPPER.readValue(response.body(), Snapshot.class);
    }

    /** Appends through the writer's group commit (one caller, many in flight), in plan order. */
    private static void append(OpenJournal journal, List<PlannedTransaction> plan) throws Exception {
        List<CompletableFuture<Transaction>> appended = new ArrayList<>(plan.size());
        for (PlannedTransaction planned : plan) {
            if (planned.actor().method() == SignInMethod.STAFF_CARD_PIN) {
                // Signed on the staff card first, as at a counter; queued behind the appends before it, in order.
                appended.add(CompletableFuture.completedFuture(journal.journal().recordAuthorised(
                        List.of(new Journal.Step(planned.payload(), BusinessChange.NONE)), planned.actor(),
                        RunningServer.SOCIAL_WORKER::authorise).getFirst()));
            } else {
                appended.add(journal.journal().appendAsync(planned.payload(), planned.actor(), BusinessChange.NONE));
            }
        }
        for (int i = 0; i < appended.size(); i++) {
            long sequence = appended.get(i).get().sequence();
            if (sequence != i + 1) {
                throw new IllegalStateException("planned transaction " + i + " got sequence " + sequence);
            }
        }
    }
}
