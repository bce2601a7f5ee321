package org.huzhu.kiosk.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.huzhu.devices.card.sim.DemoCards;
import org.huzhu.kiosk.app.DemoDevices;
import org.huzhu.kiosk.app.KioskRuntime;
import org.huzhu.kiosk.config.KioskConfig;
import org.huzhu.kiosk.journal.BusinessChange;
import org.huzhu.kiosk.journal.Journal;
import org.huzhu.kiosk.journal.JournalException;
import org.huzhu.kiosk.signin.SignInOutcome;
import org.huzhu.kiosk.signin.SignInOutcomes;
import org.huzhu.kiosk.ui.TestCommunity;
import org.huzhu.kiosk.ui.TestKiosks;
import org.huzhu.protocol.Transaction;
import org.huzhu.protocol.payload.ServiceConfirmed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo staff card on the demo's simulated reader, through the real reader service and sign-in service. */
class StaffSignInTest {

    private static final char[] WRONG_PIN = "654321".toCharArray();

    @TempDir
    Path data;

    private KioskRuntime kiosk;
    private DemoDevices devices;
    private StaffSignIn staffSignIn;
    private final SignInOutcomes outcomes = new SignInOutcomes();

    @BeforeEach
    void start() throws Exception {
        kiosk = TestKiosks.demo(data, KioskConfig.DEFAULTS);
        devices = kiosk.context().demoDevices().orElseThrow();
        kiosk.context().signIn().onOutcome(outcomes);
        staffSignIn = kiosk.context().signIn().staffSignIn();
    }

    @AfterEach
    void stop() throws Exception {
        kiosk.close();
    }

    @Test
    void aTappedStaffCardNamesItsHolderAndKey() throws Exception {
        StaffCard card = tapStaffCard();

        assertThat(card).isEqualTo(new StaffCard(DemoDevices.READER_NAME, DemoCards.STAFF_NAME,
                DemoCards.staffKeyFingerprint()));
    }

    @Test
    void theRightPinOpensASessionThatSignsAndTheCardsRemovalEndsIt() throws Exception {
        StaffCard card = tapStaffCard();

        StaffSignInResult result = staffSignIn.signIn(card, DemoCards.STAFF_PIN.toCharArray());

        StaffSession session = ((StaffSignInResult.SignedIn) result).session();
        assertThat(session.holderName()).isEqualTo(DemoCards.STAFF_NAME);
        assertThat(session.keyFingerprint()).isEqualTo(DemoCards.staffKeyFingerprint());
        assertThat(session.readerName()).isEqualTo(DemoDevices.READER_NAME);
        assertThat(session.isOpen()).isTrue();
        byte[] action = "confirm 60 minutes for 王秀英".getBytes(StandardCharsets.UTF_8);
        byte[] signature = session.signDigest(MessageDigest.getInstance("SHA-256").digest(action))
                .get(10, TimeUnit.SECONDS);
        assertThat(StaffSignatures.verify(session.certificate(), action, signature)).isTrue();

        devices.takeCardAway();

        assertThat(outcomes.next(SignInOutcome.StaffCardRemoved.class).readerName())
                .isEqualTo(DemoDevices.READER_NAME);
        assertThatThrownBy(() -> session.signDigest(new byte[32]).get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class);
        assertThat(session.isOpen()).isFalse();
    }

    @Test
    void theTypedPinIsWipedOnceHandedOver() throws Exception {
        StaffCard card = tapStaffCard();
        char[] typed = WRONG_PIN.clone();

        staffSignIn.signIn(card, typed);

        assertThat(typed).containsOnly('\0');
    }

    @Test
    void fiveWrongPinsBlockTheCardAndTheRightOneNoLongerHelps() throws Exception {
        StaffCard card = tapStaffCard();

        for (int triesLeft = 4; triesLeft >= 1; triesLeft--) {
            assertThat(staffSignIn.signIn(card, WRONG_PIN.clone()))
                    .isEqualTo(new StaffSignInResult.WrongPin(triesLeft));
        }
        assertThat(staffSignIn.signIn(card, WRONG_PIN.clone())).isEqualTo(new StaffSignInResult.Blocked());
        assertThat(staffSignIn.signIn(card, DemoCards.STAFF_PIN.toCharArray()))
                .isEqualTo(new StaffSignInResult.Blocked());
    }

    @Test
    void theDemoCardStaysBlockedWhenTappedAgain() throws Exception {
        StaffCard card = tapStaffCard();
        for (int i = 0; i < 5; i++) {
            staffSignIn.signIn(card, WRONG_PIN.clone());
        }
        devices.takeCardAway();
        outcomes.next(SignInOutcome.StaffCardRemoved.class);

        StaffCard again = tapStaffCard();

        assertThat(staffSignIn.signIn(again, DemoCards.STAFF_PIN.toCharArray()))
                .isEqualTo(new StaffSignInResult.Blocked());
    }

    @Test
    void aPinForAnotherCardIsNotSentToTheCardNowThere() throws Exception {
        StaffCard card = tapStaffCard();
        StaffCard someoneElses = new StaffCard(card.readerName(), "李明", "ab".repeat(32));

        assertThat(staffSignIn.signIn(someoneElses, DemoCards.STAFF_PIN.toCharArray()))
                .isEqualTo(new StaffSignInResult.NotTheSameCard());
        assertThat(staffSignIn.signIn(card, DemoCards.STAFF_PIN.toCharArray()))
                .as("no try was used up").isInstanceOf(StaffSignInResult.SignedIn.class);
    }

    @Test
    void aReaderThatIsGoneSaysSo() throws Exception {
        StaffCard card = tapStaffCard();
        devices.backend().detachReader(DemoDevices.READER_NAME);
        assertThat(outcomes.next(SignInOutcome.StaffCardRemoved.class).readerName())
                .isEqualTo(DemoDevices.READER_NAME);

        assertThat(staffSignIn.signIn(card, DemoCards.STAFF_PIN.toCharArray()))
                .isEqualTo(new StaffSignInResult.ReaderGone());
    }

    @Test
    void whatTheSignedInStaffMemberRecordsIsSignedOnTheirCardAndTheServerAcceptsIt() throws Exception {
        TestCommunity.awaitDemoSnapshot(kiosk);
        StaffSession session = ((StaffSignInResult.SignedIn) staffSignIn.signIn(tapStaffCard(),
                DemoCards.STAFF_PIN.toCharArray())).session();
        Journal journal = kiosk.journal().journal();

        Transaction confirmed = journal.recordAuthorised(List.of(new Journal.Step(new ServiceConfirmed(
                UUID.randomUUID(), TestCommunity.WANG, 45, "S-demo", "helped at the health fair"),
                BusinessChange.NONE)), session.actor(), session).getFirst();
        assertThat(TestCommunity.awaitVerdict(kiosk, confirmed.sequence())).isEqualTo("accepted");
        assertThat(confirmed.body().authorisations()).singleElement()
                .satisfies(authorisation -> assertThat(authorisation.key()).isEqualTo(session.keyFingerprint()));
        devices.takeCardAway();
        outcomes.next(SignInOutcome.StaffCardRemoved.class);
        assertThatThrownBy(() -> journal.recordAuthorised(List.of(new Journal.Step(new ServiceConfirmed(
                UUID.randomUUID(), TestCommunity.WANG, 45, "S-demo", "after the card left"), BusinessChange.NONE)),
                session.actor(), session)).as("no card, no staff action").isInstanceOf(JournalException.class);
        assertThat(journal.headSequence()).isEqualTo(confirmed.sequence());
    }

    private StaffCard tapStaffCard() throws InterruptedException {
        devices.insertStaffCard();
        return outcomes.next(SignInOutcome.StaffCardTapped.class).card();
    }
}
