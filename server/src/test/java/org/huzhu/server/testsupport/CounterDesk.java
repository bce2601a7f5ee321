package org.huzhu.server.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.huzhu.protocol.authority.StaffRole;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.sync.BatchResponse;
import org.huzhu.protocol.sync.SyncJson;
import org.huzhu.protocol.sync.Verdict;
import org.huzhu.server.app.ServerSettings;

/**
 * A counter at the real server: a kiosk enrolled over HTTP whose staff actions are signed by a social worker's card
 * registered long ago (so transactions may be dated in the past), and that asks the counter queries with the same
 * card. Not thread-safe.
 */
public final class CounterDesk {

    public final RunningServer running;
    public final TestKiosk kiosk;
    public final TestStaff staff = new TestStaff();

    /** @param envelopesFrom the kiosk's clock for the transactions it writes (requests are signed at now) */
    public CounterDesk(RunningServer running, Instant envelopesFrom) throws Exception {
        this.running = running;
        staff.register(running.server.database(), "张丽", Set.of(StaffRole.SOCIAL_WORKER),
                ServerSettings.DEFAULT_COMMUNITY, Instant.now().minus(Duration.ofDays(1000)));
        kiosk = new TestKiosk(SignatureSuites.ED25519_SHA256, envelopesFrom);
        kiosk.useStaffCard(staff);
        running.enrol(kiosk);
    }

    /** Sends envelopes of {@code sender} in one batch; the batch must be taken whole (no stop). */
    public List<Verdict> post(TestKiosk sender, byte[]... envelopes) throws Exception {
        HttpResponse<String> answer = running.client.signed(sender, "POST", "/v1/batches",
                ApiClient.batch(List.of(envelopes)));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        BatchResponse response = SyncJson.MAPPER.readValue(answer.body(), BatchResponse.class);
        assertThat(response.stopped()).as(answer.body()).isNull();
        return response.verdicts();
    }

    /** As {@link #post(TestKiosk, byte[]...)} from the desk's kiosk, and every verdict must be an acceptance. */
    public void accept(byte[]... envelopes) throws Exception {
        assertThat(post(kiosk, envelopes)).allSatisfy(verdict -> assertThat(verdict.accepted())
                .as(verdict.reason()).isTrue());
    }

    /** Enrols residents (staff-signed), in order, so their member numbers follow that order. */
    public void enrol(UUID... residents) throws Exception {
        List<byte[]> envelopes = new ArrayList<>();
        for (UUID resident : residents) {
            envelopes.add(kiosk.next(ServerParts.enrolment(resident), TestKiosk.STAFF));
        }
        accept(envelopes.toArray(byte[][]::new));
    }

    /** A counter query signed by the kiosk and the desk's staff card. */
    public HttpResponse<String> ask(String target) throws Exception {
        return running.client.counter(kiosk, staff, target);
    }

    /** A counter query that must succeed, read strictly as {@code type} (unknown or missing members fail). */
    public <T> T get(String target, TypeReference<T> type) throws Exception {
        HttpResponse<String> answer = ask(target);
        assertThat(answer.statusCode()).as(target + ": " + answer.body()).isEqualTo(200);
        return SyncJson.MAPPER.readValue(answer.body(), type);
    }
}
