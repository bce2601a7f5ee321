package org.huzhu.devices.card.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.huzhu.devices.card.apdu.CardIOException;
import org.huzhu.devices.card.event.CardEvent;
import org.huzhu.devices.card.identity.SocialSecurityIdentity;
import org.huzhu.devices.card.identity.StaffCardIdentity;
import org.huzhu.devices.card.sim.DemoCards;
import org.huzhu.devices.card.sim.SimulatedReader;
import org.huzhu.devices.card.sim.SimulatedReaderBackend;
import org.huzhu.devices.card.testsupport.EventRecorder;
import org.huzhu.devices.card.testsupport.StaffCards;
import org.huzhu.devices.card.testsupport.TestCards;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The reader service's threads, events and recovery, driven through the in-process simulated readers. */
class ReaderServiceTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String CONTACT = "Contact reader";
    private static final String CONTACTLESS = "Contactless reader";

    private final SimulatedReaderBackend backend = SimulatedReaderBackend.withReaders(CONTACT, CONTACTLESS);
    private final EventRecorder events = new EventRecorder();
    private ReaderService service;

    @AfterEach
    void close() {
        if (service != null) {
            service.close();
        }
        assertThat(TestCards.serviceThreads()).as("threads left after close()").isZero();
    }

    @Test
    void reportsReadersThenEachCardInOrder() {
        service = start(Optional.empty());
        events.await(CardEvent.ReaderAttached.class, WAIT);
        events.await(CardEvent.ReaderAttached.class, WAIT);

        backend.reader(CONTACT).insert(DemoCards.resident(DemoCards.WANG_XIUYING));
        CardEvent.CardPresented presented = events.await(CardEvent.CardPresented.class, WAIT);
        CardEvent outcome = events.nextFor(CONTACT, WAIT);
        backend.reader(CONTACT).remove();
        CardEvent removed = events.nextFor(CONTACT, WAIT);

        assertThat(presented.readerName()).isEqualTo(CONTACT);
        assertThat(outcome).isInstanceOfSatisfying(CardEvent.IdentityRead.class,
                read -> assertThat(((SocialSecurityIdentity) read.identity()).cardNumber()).isEqualTo("D00000001"));
        assertThat(removed).isEqualTo(new CardEvent.CardRemoved(CONTACT));
        assertThat(service.readers()).extracting(ReaderStatus::name).containsExactly(CONTACT, CONTACTLESS);
    }

    @Test
    void aCardAlreadyInTheReaderAtStartIsRead() {
        backend.reader(CONTACTLESS).insert(DemoCards.communityTag());

        service = start(Optional.empty());

        assertThat(events.await(CardEvent.IdentityRead.class, WAIT).readerName()).isEqualTo(CONTACTLESS);
    }

    @Test
    void theHintChoosesTheReader() {
        service = start(Optional.of("contactless"));
        assertThat(events.await(CardEvent.ReaderAttached.class, WAIT).readerName()).isEqualTo(CONTACTLESS);

        backend.reader(CONTACT).insert(DemoCards.communityTag());
        backend.reader(CONTACTLESS).insert(DemoCards.resident(DemoCards.ZHANG_SAN));

        assertThat(events.await(CardEvent.IdentityRead.class, WAIT).readerName()).isEqualTo(CONTACTLESS);
        assertThat(events.all()).allSatisfy(event -> assertThat(event.reader()).isNotEqualTo(Optional.of(CONTACT)));
    }

    @Test
    void aCardPulledAwayMidReadAsksToTapAgainThenReportsTheRemoval() {
        service = start(Optional.empty());
        events.await(CardEvent.ReaderAttached.class, WAIT);

        backend.reader(CONTACT).insertAndRemoveAfter(DemoCards.resident(DemoCards.LI_JIANGUO), 3);

        assertThat(events.await(CardEvent.CardPresented.class, WAIT).readerName()).isEqualTo(CONTACT);
        assertThat(events.nextFor(CONTACT, WAIT))
                .isEqualTo(new CardEvent.CardRemovedTooEarly(CONTACT, CardIOException.Reason.CARD_REMOVED));
        assertThat(events.nextFor(CONTACT, WAIT)).isEqualTo(new CardEvent.CardRemoved(CONTACT));
    }

    @Test
    void oneGarbledExchangeIsReadAgainWithoutBotheringTheResident() {
        service = start(Optional.empty());
        events.await(CardEvent.ReaderAttached.class, WAIT);
        backend.reader(CONTACT).garbleNextCommands(1);

        backend.reader(CONTACT).insert(DemoCards.resident(DemoCards.LI_JIANGUO));

        events.await(CardEvent.CardPresented.class, WAIT);
        assertThat(events.nextFor(CONTACT, WAIT)).isInstanceOfSatisfying(CardEvent.IdentityRead.class,
                read -> assertThat(((SocialSecurityIdentity) read.identity()).displayName()).isEqualTo("李建国"));
    }

    @Test
    void aCardThatKeepsGarblingAsksToTapAgain() {
        service = start(Optional.empty());
        events.await(CardEvent.ReaderAttached.class, WAIT);
        backend.reader(CONTACT).garbleNextCommands(2);

        backend.reader(CONTACT).insert(DemoCards.resident(DemoCards.LI_JIANGUO));

        events.await(CardEvent.CardPresented.class, WAIT);
        assertThat(events.nextFor(CONTACT, WAIT))
                .isEqualTo(new CardEvent.CardRemovedTooEarly(CONTACT, CardIOException.Reason.COMMUNICATION));
    }

    @Test
    void noReaderIsReportedAndAPluggedInReaderIsPickedUp() {
        backend.detachReader(CONTACT);
        backend.detachReader(CONTACTLESS);
        service = start(Optional.empty());

        assertThat(events.await(CardEvent.NoReaderConnected.class, WAIT).readerHint()).isEmpty();

        backend.attachReader("USB reader");
        assertThat(events.await(CardEvent.ReaderAttached.class, WAIT).readerName()).isEqualTo("USB reader");
        events.clearPending();
        backend.detachReader("USB reader");
        assertThat(events.awaitRecorded(CardEvent.ReaderDetached.class, WAIT).readerName()).isEqualTo("USB reader");
        events.awaitRecorded(CardEvent.NoReaderConnected.class, 2, WAIT);
    }

    @Test
    void aMissingServiceIsReportedAndRecoveredFromWithoutRestarting() {
        service = start(Optional.of(CONTACT));
        events.await(CardEvent.ReaderAttached.class, WAIT);

        backend.setServiceAvailable(false);
        events.awaitRecorded(CardEvent.PcscServiceMissing.class, WAIT);
        assertThat(events.awaitRecorded(CardEvent.ReaderDetached.class, WAIT).readerName()).isEqualTo(CONTACT);
        events.clearPending();
        assertThat(service.serviceAvailable()).isFalse();

        backend.setServiceAvailable(true);
        events.await(CardEvent.ReaderAttached.class, Duration.ofSeconds(2));
        backend.reader(CONTACT).insert(DemoCards.staff());
        events.await(CardEvent.IdentityRead.class, WAIT);
        assertThat(service.serviceAvailable()).isTrue();
    }

    @Test
    void aStaffSessionSignsUntilTheCardLeaves() throws Exception {
        StaffCards staff = new StaffCards();
        StaffCardIdentity identity = tapStaffCard(staff);

        StaffCardSession session = accepted(service.openStaffSession(CONTACT, identity.keyFingerprint(),
                StaffCards.PIN.toCharArray()).get());
        byte[] action = StaffCards.action("confirm 60 minutes");
        staff.assertSignatureVerifies(action, session.signDigest(StaffCards.sha256(action)), WAIT);
        assertThat(session.identity()).isEqualTo(identity);
        assertThat(session.readerName()).isEqualTo(CONTACT);
        assertThat(staff.applet.isPinVerified()).as("the PIN stays verified while the session is open").isTrue();

        backend.reader(CONTACT).remove();
        events.await(CardEvent.CardRemoved.class, WAIT);

        assertThat(session.isOpen()).isFalse();
        StaffCards.assertFailsWith(session.signDigest(new byte[32]), StaffCardException.Reason.CARD_REMOVED, WAIT);
    }

    @Test
    void closingASessionResetsTheCardSoThePinIsNoLongerVerified() throws Exception {
        StaffCards staff = new StaffCards();
        StaffCardIdentity identity = tapStaffCard(staff);
        StaffCardSession session = accepted(service.openStaffSession(CONTACT, identity.keyFingerprint(),
                StaffCards.PIN.toCharArray()).get());

        session.close();

        assertThat(session.isOpen()).isFalse();
        StaffCards.assertFailsWith(session.signDigest(new byte[32]), StaffCardException.Reason.SESSION_CLOSED, WAIT);
        assertThat(staff.applet.isPinVerified()).isFalse();
    }

    @Test
    void fiveWrongPinsBlockTheCard() throws Exception {
        StaffCards staff = new StaffCards();
        String key = tapStaffCard(staff).keyFingerprint();

        for (int triesLeft = 4; triesLeft >= 1; triesLeft--) {
            assertThat(service.openStaffSession(CONTACT, key, "999999".toCharArray()).get())
                    .isEqualTo(new StaffPinResult.WrongPin(triesLeft));
        }
        assertThat(service.openStaffSession(CONTACT, key, "999999".toCharArray()).get())
                .isEqualTo(new StaffPinResult.Blocked());
        assertThat(service.openStaffSession(CONTACT, key, StaffCards.PIN.toCharArray()).get())
                .as("the right PIN no longer helps").isEqualTo(new StaffPinResult.Blocked());
        assertThat(staff.applet.pinTriesLeft()).isZero();
    }

    @Test
    void aCardWithAnotherKeyGetsNoPin() throws Exception {
        StaffCards staff = new StaffCards();
        tapStaffCard(staff);

        assertThat(service.openStaffSession(CONTACT, DemoCards.staffKeyFingerprint(), StaffCards.PIN.toCharArray()).get())
                .isEqualTo(new StaffPinResult.NotTheSameCard());
        assertThat(staff.applet.pinTriesLeft()).as("no VERIFY was sent").isEqualTo(5);
    }

    @Test
    void staffSessionsNeedAReaderAndAValidPin() throws Exception {
        service = start(Optional.empty());
        String key = DemoCards.staffKeyFingerprint();

        assertThat(service.openStaffSession("Elsewhere", key, DemoCards.STAFF_PIN.toCharArray()).get())
                .isEqualTo(new StaffPinResult.ReaderUnavailable("Elsewhere"));
        events.await(CardEvent.ReaderAttached.class, WAIT);
        assertThat(service.openStaffSession(CONTACT, key, DemoCards.STAFF_PIN.toCharArray()).get())
                .as("no card in the reader").isEqualTo(new StaffPinResult.TapAgain());
        for (String bad : new String[] {"12345", "123456789", "12345x", "12٣456"}) {
            assertThatThrownBy(() -> service.openStaffSession(CONTACT, key, bad.toCharArray())).as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void theDemoStaffCardOpensWithTheDemoPin() throws Exception {
        service = start(Optional.empty());
        backend.reader(CONTACT).insert(DemoCards.staff());
        StaffCardIdentity identity = (StaffCardIdentity) events.await(CardEvent.IdentityRead.class, WAIT).identity();

        assertThat(identity.holderName()).isEqualTo(DemoCards.STAFF_NAME);
        assertThat(service.openStaffSession(CONTACT, DemoCards.staffKeyFingerprint(),
                DemoCards.STAFF_PIN.toCharArray()).get()).isInstanceOf(StaffPinResult.Accepted.class);
    }

    private StaffCardIdentity tapStaffCard(StaffCards staff) {
        service = start(Optional.empty());
        backend.reader(CONTACT).insert(staff.card());
        return (StaffCardIdentity) events.await(CardEvent.IdentityRead.class, WAIT).identity();
    }

    private static StaffCardSession accepted(StaffPinResult result) {
        assertThat(result).isInstanceOf(StaffPinResult.Accepted.class);
        return ((StaffPinResult.Accepted) result).session();
    }

    @Test
    void aFailingListenerDoesNotStopCardReading() {
        List<CardEvent> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        service = ReaderService.start(backend, ReaderSettings.anyReader(TestCards.identifier()), event -> {
            seen.add(event);
            events.onCardEvent(event);
            if (event instanceof CardEvent.ReaderAttached) {
                throw new IllegalStateException("listener bug");
            }
        });
        events.await(CardEvent.ReaderAttached.class, WAIT);

        backend.reader(CONTACT).insert(DemoCards.communityTag());

        events.await(CardEvent.IdentityRead.class, WAIT);
    }

    @Test
    void thousandRapidCyclesEndInIdentityOrTapAgainWithoutLeakingThreads() {
        service = start(Optional.of(CONTACT));
        events.await(CardEvent.ReaderAttached.class, WAIT);
        SimulatedReader reader = backend.reader(CONTACT);
        int identities = 0;
        for (int cycle = 0; cycle < 1000; cycle++) {
            if (cycle % 2 == 0) {
                reader.insert(DemoCards.resident(DemoCards.residents().get(cycle % 3)));
            } else {
                reader.insertAndRemoveAfter(DemoCards.resident(DemoCards.WANG_XIUYING), cycle % 7);
            }
            CardEvent outcome = events.await(CardEvent::isReadOutcome, "outcome of cycle " + cycle, WAIT);
            assertThat(outcome).isInstanceOfAny(CardEvent.IdentityRead.class, CardEvent.CardRemovedTooEarly.class);
            identities += outcome instanceof CardEvent.IdentityRead ? 1 : 0;
            reader.remove();
            events.await(CardEvent.CardRemoved.class, WAIT);
            assertThat(TestCards.serviceThreads()).isLessThanOrEqualTo(2);
        }
        assertThat(identities).isBetween(500, 999);
    }

    private ReaderService start(Optional<String> hint) {
        return ReaderService.start(backend, new ReaderSettings(hint, TestCards.identifier()), events);
    }
}
