package org.huzhu.kiosk.counter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.huzhu.devices.card.sim.DemoCards;
import org.huzhu.kiosk.app.DemoDevices;
import org.huzhu.kiosk.app.KioskRuntime;
import org.huzhu.kiosk.config.KioskConfig;
import org.huzhu.kiosk.signin.CodeSignIn;
import org.huzhu.kiosk.signin.CodeSignInOutcome;
import org.huzhu.kiosk.signin.SignInOutcome;
import org.huzhu.kiosk.signin.SignInOutcomes;
import org.huzhu.kiosk.staff.StaffSession;
import org.huzhu.kiosk.staff.StaffSignInResult;
import org.huzhu.kiosk.sync.Await;
import org.huzhu.kiosk.sync.SyncClient;
import org.huzhu.kiosk.sync.SyncException;
import org.huzhu.kiosk.sync.Synchronizer;
import org.huzhu.kiosk.ui.TestKiosks;
import org.huzhu.protocol.counter.IssuedResidentCode;
import org.huzhu.protocol.counter.Page;
import org.huzhu.protocol.counter.Report;
import org.huzhu.protocol.counter.ResidentCodeState;
import org.huzhu.protocol.counter.ResidentSummary;
import org.huzhu.protocol.counter.Statement;
import org.huzhu.protocol.residentcode.ResidentCodePurpose;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The counter's queries from the kiosk side: signed by the station's key and on the demo staff card (through the real
 * reader service), answered by the demo's embedded reference server, decoded strictly.
 */
class CounterClientTest {

    @TempDir
    Path data;

    private KioskRuntime kiosk;
    private CounterClient counter;
    private final SignInOutcomes outcomes = new SignInOutcomes();

    @BeforeEach
    void start() throws Exception {
        kiosk = TestKiosks.demo(data, KioskConfig.DEFAULTS);
        kiosk.context().signIn().onOutcome(outcomes);
        // The demo's seeded enrolments and credits reach the server first.
        Await.until("the demo journal synced", () -> kiosk.context().sync().orElseThrow().status().pending() == 0
                && kiosk.context().sync().orElseThrow().status().lastSuccess().isPresent());
        URI server;
        Clock clock = kiosk.context().clock(); // the demo's, which its server shares
        try (Synchronizer reader = new Synchronizer(kiosk.journal(), clock)) {
            server = reader.binding().orElseThrow().url();
        }
        counter = new CounterClient(new SyncClient(server, kiosk.journal().journal().identity(), clock));
    }

    @AfterEach
    void stop() throws Exception {
        counter.close();
        kiosk.close();
    }

    @Test
    void aSignedInSocialWorkerFindsAResidentAndReadsTheirStatementAndTheMonthsReport() throws Exception {
        StaffSession staff = signIn();

        Page<ResidentSummary> found = counter.residents(staff, "wxy", 0, 10);
        ResidentSummary wang = found.items().getFirst();
        Statement statement = counter.statement(staff, UUID.fromString(wang.residentId()), 0, 50);
        LocalDate today = LocalDate.now(kiosk.context().clock().withZone(ZoneId.systemDefault()));
        Report report = counter.report(staff, today.withDayOfMonth(1), today, 90);

        assertThat(found.total()).isEqualTo(1);
        assertThat(wang.displayName()).isEqualTo(DemoCards.WANG_XIUYING.name());
        assertThat(wang.memberNumber()).matches("M\\d{6}");
        assertThat(statement.resident().balanceMinutes()).isEqualTo(wang.balanceMinutes()).isPositive();
        assertThat(statement.entries().items()).extracting(e -> e.type()).contains("service.confirmed");
        assertThat(report.ledgerSumMinutes()).isZero();
        assertThat(report.creditedMinutes()).isPositive();
        assertThat(counter.rejections(staff, 0, 10).total()).isZero();
        assertThat(counter.volunteerSessions(staff, true, 0, 10).items()).as("the demo's check-ins of today")
                .hasSize(4);
    }

    @Test
    void aCodeIssuedAtTheCounterSignsTheResidentInUntilTheCounterRevokesItAndTheKioskSyncs() throws Exception {
        StaffSession staff = signIn();
        UUID wang = UUID.fromString(counter.residents(staff, "wxy", 0, 10).items().getFirst().residentId());
        CodeSignIn codes = kiosk.context().codeSignIn();

        IssuedResidentCode issued = counter.issueResidentCode(staff, wang, ResidentCodePurpose.PRINTED);
        CodeSignInOutcome first = codes.signIn(issued.code());
        ResidentCodeState revoked = counter.revokeResidentCode(staff, issued.state().codeId(), "printout lost");
        kiosk.context().sync().orElseThrow().nudge();
        Await.until("the revocation reached the kiosk", () -> codes.signIn(issued.code())
                .equals(new CodeSignInOutcome.Refused(CodeSignInOutcome.Reason.REVOKED)));

        assertThat(first).isInstanceOfSatisfying(CodeSignInOutcome.SignedIn.class,
                signedIn -> assertThat(signedIn.resident().id()).isEqualTo(wang));
        assertThat(revoked.status()).isEqualTo("revoked");
        assertThat(counter.residentCodes(staff, wang).items()).singleElement()
                .extracting(ResidentCodeState::codeId).isEqualTo(issued.state().codeId());
    }

    @Test
    void withoutTheStaffCardNothingIsAsked() throws Exception {
        StaffSession staff = signIn();
        staff.close();

        SyncException refused = catchThrowableOfType(SyncException.class,
                () -> counter.residents(staff, "王", 0, 10));

        assertThat(refused).as("the card no longer signs").isNotNull();
        assertThat(refused.getMessage()).contains("staff card did not sign");
    }

    private StaffSession signIn() throws Exception {
        DemoDevices devices = kiosk.context().demoDevices().orElseThrow();
        devices.insertStaffCard();
        var card = outcomes.next(SignInOutcome.StaffCardTapped.class).card();
        return ((StaffSignInResult.SignedIn) kiosk.context().signIn().staffSignIn().signIn(card,
                DemoCards.STAFF_PIN.toCharArray())).session();
    }
}
