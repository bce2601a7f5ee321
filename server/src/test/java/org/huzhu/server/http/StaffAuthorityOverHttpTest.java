package org.huzhu.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.huzhu.protocol.authority.StaffRole;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.payload.FamilyLinked;
import org.huzhu.protocol.payload.HoursRedeemed;
import org.huzhu.protocol.payload.Payload;
import org.huzhu.protocol.payload.ServiceConfirmed;
import org.huzhu.protocol.payload.TransactionReversed;
import org.huzhu.protocol.sync.BatchResponse;
import org.huzhu.protocol.sync.SyncJson;
import org.huzhu.protocol.sync.Verdict;
import org.huzhu.server.app.ServerSettings;
import org.huzhu.server.staff.StaffRegistry;
import org.huzhu.server.staff.StaffRegistryException;
import org.huzhu.server.testsupport.ApiClient;
import org.huzhu.server.testsupport.RunningServer;
import org.huzhu.server.testsupport.ServerParts;
import org.huzhu.server.testsupport.Stores;
import org.huzhu.server.testsupport.TestKiosk;
import org.huzhu.server.testsupport.TestStaff;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The authority rules through the real server on loopback, as a hostile kiosk meets them: every staff action and a
 * staff override signed by the kiosk alone, by an unregistered card, by a card of another community or role, by a
 * revoked card, then by a valid card. SQLite and PostgreSQL.
 */
class StaffAuthorityOverHttpTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @MethodSource("org.huzhu.server.testsupport.Stores#both")
    void aKioskAloneAuthorisesNothingAndAValidStaffCardDoes(Stores store) throws Exception {
        try (RunningServer running = new RunningServer(store.create(folder), folder)) {
            TestKiosk kiosk = new TestKiosk(SignatureSuites.ED25519_SHA256, Instant.now().truncatedTo(
                    ChronoUnit.MILLIS));
            running.enrol(kiosk);
            TestStaff stranger = new TestStaff();
            TestStaff otherCommunity = registered(running, "north", StaffRole.SOCIAL_WORKER);
            TestStaff hospitalDesk = registered(running, ServerSettings.DEFAULT_COMMUNITY, StaffRole.HOSPITAL_DESK);
            TestStaff revoked = registered(running, ServerSettings.DEFAULT_COMMUNITY, StaffRole.SOCIAL_WORKER);
            running.server.database().inTransaction(connection -> {
                try {
                    return StaffRegistry.change(connection, StaffRegistry.staffIdOf(revoked.fingerprint()),
                            StaffRegistry.Change.REVOKED, Instant.now().minus(Duration.ofHours(1)), "test", "lost");
                } catch (StaffRegistryException e) {
                    throw new IllegalStateException(e);
                }
            });
            UUID mother = UUID.randomUUID();
            UUID son = UUID.randomUUID();
            assertThat(post(running, kiosk, kiosk.nextAuthorisedBy(ServerParts.enrolment(mother), TestKiosk.STAFF,
                    RunningServer.SOCIAL_WORKER), kiosk.nextAuthorisedBy(ServerParts.enrolment(son), TestKiosk.STAFF,
                    RunningServer.SOCIAL_WORKER))).allMatch(Verdict::accepted);
            List<Payload> staffActions = List.of(new ServiceConfirmed(UUID.randomUUID(), mother, 1_440, "S-x",
                    "forged"), ServerParts.enrolment(UUID.randomUUID()), new FamilyLinked(mother, son),
                    new TransactionReversed(UUID.randomUUID(), "forged"));

            for (Payload action : staffActions) {
                assertThat(reasons(post(running, kiosk, kiosk.nextAuthorisedBy(action, TestKiosk.STAFF),
                        kiosk.nextAuthorisedBy(action, TestKiosk.STAFF, stranger),
                        kiosk.nextAuthorisedBy(action, TestKiosk.STAFF, otherCommunity),
                        kiosk.nextAuthorisedBy(action, TestKiosk.STAFF, hospitalDesk),
                        kiosk.nextAuthorisedBy(action, TestKiosk.STAFF, revoked)))).as(action.toString())
                        .containsExactly("staff-confirmation-required", "staff-not-authorised",
                                "staff-wrong-community", "role-not-allowed", "staff-revoked");
            }
            // An "override" of the offline limits with the kiosk's word only spends nobody's minutes.
            assertThat(reasons(post(running, kiosk, kiosk.nextAuthorisedBy(new HoursRedeemed(mother, 30,
                    UUID.randomUUID()), TestKiosk.STAFF)))).containsExactly("not-authorised-for-resident");

            List<Verdict> valid = post(running, kiosk,
                    kiosk.nextAuthorisedBy(new ServiceConfirmed(UUID.randomUUID(), mother, 90, "S-1",
                            "help outside the task list"), TestKiosk.STAFF, RunningServer.SOCIAL_WORKER),
                    kiosk.nextAuthorisedBy(new FamilyLinked(mother, son), TestKiosk.STAFF,
                            RunningServer.SOCIAL_WORKER),
                    kiosk.nextAuthorisedBy(new HoursRedeemed(mother, 30, UUID.randomUUID()), TestKiosk.STAFF,
                            RunningServer.SOCIAL_WORKER));
            assertThat(valid).as("with a valid card, and an offline override without any snapshot")
                    .allMatch(Verdict::accepted);
        }
    }

    private static TestStaff registered(RunningServer running, String community, StaffRole role) throws Exception {
        TestStaff card = new TestStaff();
        card.register(running.server.database(), "员工", Set.of(role), community,
                Instant.now().minus(Duration.ofDays(1)));
        return card;
    }

    private static List<Verdict> post(RunningServer running, TestKiosk kiosk, byte[]... envelopes) throws Exception {
        HttpResponse<String> answer = running.client.signed(kiosk, "POST", "/v1/batches",
                ApiClient.batch(List.of(envelopes)));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        BatchResponse response = SyncJson.MAPPER.readValue(answer.body(), BatchResponse.class);
        assertThat(response.stopped()).isNull();
        return response.verdicts();
    }

    private static List<String> reasons(List<Verdict> verdicts) {
        return verdicts.stream().map(Verdict::reason).toList();
    }
}
