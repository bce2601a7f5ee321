package org.huzhu.devices.card.pcsc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.huzhu.devices.card.apdu.CardIOException;
import org.huzhu.devices.card.event.CardEvent;
import org.huzhu.devices.card.identity.ContactlessIdentity;
import org.huzhu.devices.card.identity.SocialSecurityIdentity;
import org.huzhu.devices.card.identity.StaffCardIdentity;
import org.huzhu.devices.card.profile.IdentificationResult.UnsupportedReason;
import org.huzhu.devices.card.reader.ReaderService;
import org.huzhu.devices.card.reader.ReaderSettings;
import org.huzhu.devices.card.reader.StaffCardException;
import org.huzhu.devices.card.reader.StaffCardSession;
import org.huzhu.devices.card.reader.StaffPinResult;
import org.huzhu.devices.card.sim.DemoCards;
import org.huzhu.devices.card.sim.SimulatedCard;
import org.huzhu.devices.card.sim.SimulatedCards;
import org.huzhu.devices.card.sim.vpcd.VpcdCardSimulator;
import org.huzhu.devices.card.sim.vpcd.VpcdCardSimulator.Slot;
import org.huzhu.devices.card.testsupport.EventRecorder;
import org.huzhu.devices.card.testsupport.PcscDaemon;
import org.huzhu.devices.card.testsupport.StaffCards;
import org.huzhu.devices.card.testsupport.TestCards;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Cards read through the real stack: pcscd, the vpcd driver, our vpcd card simulator, jnasmartcardio. */
@Tag("pcsc")
class PcscIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String READER = Slot.READER_0.readerName();

    private final VpcdCardSimulator slot = new VpcdCardSimulator(Slot.READER_0);
    private final EventRecorder events = new EventRecorder();
    private ReaderService service;

    @BeforeAll
    static void pcscd() {
        PcscDaemon.ensureRunning();
    }

    @BeforeEach
    void startService() {
        PcscDaemon.awaitNoCard(READER);
        service = ReaderService.start(PcscReaderBackend.create(),
                new ReaderSettings(Optional.of(READER), TestCards.identifier()), events);
        events.await(CardEvent.ReaderAttached.class, WAIT);
    }

    @AfterEach
    void stop() {
        slot.close();
        service.close();
        assertThat(TestCards.serviceThreads()).as("reader service threads left").isZero();
    }

    @Test
    void readsTheSocialSecurityCardThroughPcscd() {
        slot.insert(DemoCards.resident(DemoCards.WANG_XIUYING));

        CardEvent.IdentityRead read = events.await(CardEvent.IdentityRead.class, WAIT);

        assertThat(read.readerName()).isEqualTo(READER);
        SocialSecurityIdentity identity = (SocialSecurityIdentity) read.identity();
        assertThat(identity.cardNumber()).isEqualTo("D00000001");
        assertThat(identity.displayName()).isEqualTo("王秀英");
        assertThat(identity.maskedIdNumber()).isEqualTo("**************0025");
        assertThat(identity.idNumberHmac()).isEqualTo(TestCards.HASHER.hmacHex(
                DemoCards.WANG_XIUYING.idNumber().getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        slot.remove();
        events.await(CardEvent.CardRemoved.class, WAIT);
    }

    @Test
    void readsAT0StyleCardThatNeedsGetResponseAndLeRetries() {
        SimulatedCard t0Card = SimulatedCard.builder()
                .application(SimulatedCards.socialSecurityApplication(DemoCards.LI_JIANGUO,
                        org.huzhu.devices.card.profile.SsseLayout.standard()))
                .t0Style(true)
                .build();
        slot.insert(t0Card);

        CardEvent.IdentityRead read = events.await(CardEvent.IdentityRead.class, WAIT);

        assertThat(((SocialSecurityIdentity) read.identity()).displayName()).isEqualTo("李建国");
    }

    @Test
    void readsAContactlessUid() {
        slot.insert(DemoCards.communityTag());

        CardEvent.IdentityRead read = events.await(CardEvent.IdentityRead.class, WAIT);

        assertThat(read.identity()).isEqualTo(new ContactlessIdentity(DemoCards.COMMUNITY_TAG_UID, false));
    }

    @Test
    void reportsAnUnknownCardAsUnsupported() {
        slot.insert(DemoCards.foreignCard());

        CardEvent.CardUnsupported unsupported = events.await(CardEvent.CardUnsupported.class, WAIT);

        assertThat(unsupported.reason()).isEqualTo(UnsupportedReason.NO_KNOWN_APPLICATION);
    }

    @Test
    void readsThePivStaffCardOpensASessionAndSignsThroughPcscd() throws Exception {
        StaffCards staff = new StaffCards();
        slot.insert(staff.card());
        StaffCardIdentity identity = (StaffCardIdentity) events.await(CardEvent.IdentityRead.class, WAIT).identity();
        assertThat(identity.holderName()).isEqualTo(StaffCards.HOLDER);

        StaffPinResult result = service.openStaffSession(READER, identity.keyFingerprint(),
                StaffCards.PIN.toCharArray()).get();

        assertThat(result).isInstanceOf(StaffPinResult.Accepted.class);
        try (StaffCardSession session = ((StaffPinResult.Accepted) result).session()) {
            byte[] action = StaffCards.action("王秀英: 60 minutes of volunteering confirmed");
            staff.assertSignatureVerifies(action, session.signDigest(StaffCards.sha256(action)), WAIT);
            byte[] second = StaffCards.action("family link confirmed");
            staff.assertSignatureVerifies(second, session.signDigest(StaffCards.sha256(second)), WAIT);
        }
        // Closing queues the card's reset on the reader's thread; a card taken away while pcscd resets it left pcscd
        // blind to the next card, so wait until the reset has reached the card (its PIN is forgotten).
        awaitPinForgotten(staff);
        slot.remove();
        events.await(CardEvent.CardRemoved.class, WAIT);
    }

    @Test
    void fiveWrongPinsBlockThePivCardThroughPcscd() throws Exception {
        StaffCards staff = new StaffCards();
        slot.insert(staff.card());
        String key = ((StaffCardIdentity) events.await(CardEvent.IdentityRead.class, WAIT).identity()).keyFingerprint();

        for (int triesLeft = 4; triesLeft >= 1; triesLeft--) {
            assertThat(service.openStaffSession(READER, key, "000000".toCharArray()).get())
                    .isEqualTo(new StaffPinResult.WrongPin(triesLeft));
        }
        assertThat(service.openStaffSession(READER, key, "000000".toCharArray()).get())
                .isEqualTo(new StaffPinResult.Blocked());
        assertThat(service.openStaffSession(READER, key, StaffCards.PIN.toCharArray()).get())
                .as("the right PIN no longer helps once blocked").isEqualTo(new StaffPinResult.Blocked());
        assertThat(staff.applet.pinTriesLeft()).isZero();
    }

    @Test
    void removingThePivCardEndsTheSession() throws Exception {
        StaffCards staff = new StaffCards();
        slot.insert(staff.card());
        String key = ((StaffCardIdentity) events.await(CardEvent.IdentityRead.class, WAIT).identity()).keyFingerprint();
        StaffCardSession session = ((StaffPinResult.Accepted) service.openStaffSession(READER, key,
                StaffCards.PIN.toCharArray()).get()).session();

        slot.remove();
        events.await(CardEvent.CardRemoved.class, WAIT);

        assertThat(session.isOpen()).isFalse();
        StaffCards.assertFailsWith(session.signDigest(new byte[32]), StaffCardException.Reason.CARD_REMOVED, WAIT);
    }

    @Test
    void cardPulledAwayMidReadAsksToTapAgain() {
        slot.insertAndRemoveAfter(DemoCards.resident(DemoCards.ZHANG_SAN), 2);

        CardEvent outcome = events.await(CardEvent::isReadOutcome, "read outcome", WAIT);

        assertThat(outcome).isInstanceOf(CardEvent.CardRemovedTooEarly.class);
        assertThat(((CardEvent.CardRemovedTooEarly) outcome).cause())
                .isIn(CardIOException.Reason.CARD_REMOVED, CardIOException.Reason.COMMUNICATION);
        events.await(CardEvent.CardRemoved.class, WAIT);

        slot.insert(DemoCards.resident(DemoCards.ZHANG_SAN));
        assertThat(events.await(CardEvent.IdentityRead.class, WAIT).identity())
                .isInstanceOf(SocialSecurityIdentity.class);
    }

    private static void awaitPinForgotten(StaffCards staff) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (staff.applet.isPinVerified()) {
            assertThat(System.nanoTime()).as("the card was reset after the session closed").isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
