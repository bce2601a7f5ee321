package org.huzhu.devices.card.pcsc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.huzhu.devices.card.event.CardEvent;
import org.huzhu.devices.card.identity.SocialSecurityIdentity;
import org.huzhu.devices.card.reader.ReaderService;
import org.huzhu.devices.card.reader.ReaderSettings;
import org.huzhu.devices.card.sim.DemoCards;
import org.huzhu.devices.card.sim.vpcd.VpcdCardSimulator;
import org.huzhu.devices.card.sim.vpcd.VpcdCardSimulator.Slot;
import org.huzhu.devices.card.testsupport.EventRecorder;
import org.huzhu.devices.card.testsupport.PcscDaemon;
import org.huzhu.devices.card.testsupport.TestCards;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * pcscd stopping, restarting and starting late, with one reader service kept running throughout: the kiosk must
 * never need a restart for the card reader to work again. Stops and starts the machine's pcscd.
 */
@Tag("pcsc")
class PcscServiceRecoveryTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final Duration BACK_WITHIN = Duration.ofSeconds(2);
    private static final String READER = Slot.READER_1.readerName();

    private final VpcdCardSimulator slot = new VpcdCardSimulator(Slot.READER_1);
    private final EventRecorder events = new EventRecorder();
    private ReaderService service;

    @BeforeEach
    void pcscd() {
        PcscDaemon.ensureRunning();
        PcscDaemon.awaitNoCard(READER);
    }

    @AfterEach
    void stop() {
        slot.close();
        if (service != null) {
            service.close();
        }
        PcscDaemon.ensureRunning();
        assertThat(TestCards.serviceThreads()).as("reader service threads left").isZero();
    }

    @Test
    void readerComesBackWithinTwoSecondsAfterPcscdRestarts() {
        service = start(Optional.of(READER));
        events.await(CardEvent.ReaderAttached.class, WAIT);
        slot.insert(DemoCards.resident(DemoCards.WANG_XIUYING));
        events.await(CardEvent.IdentityRead.class, WAIT);

        PcscDaemon.stop();
        events.await(CardEvent.PcscServiceMissing.class, WAIT);
        assertThat(service.serviceAvailable()).isFalse();
        events.clearPending();
        slot.remove();

        PcscDaemon.start();
        long restarted = System.nanoTime();
        events.await(CardEvent.ReaderAttached.class, BACK_WITHIN);
        assertThat(Duration.ofNanos(System.nanoTime() - restarted)).isLessThan(BACK_WITHIN);

        slot.insert(DemoCards.resident(DemoCards.LI_JIANGUO));
        CardEvent.IdentityRead read = events.await(CardEvent.IdentityRead.class, WAIT);
        assertThat(((SocialSecurityIdentity) read.identity()).cardNumber()).isEqualTo("D00000002");
    }

    @Test
    void pcscdMissingAtStartIsReportedAndFoundWhenItStartsLater() {
        PcscDaemon.stop();
        service = start(Optional.of(READER));

        events.await(CardEvent.PcscServiceMissing.class, WAIT);

        PcscDaemon.start();
        long started = System.nanoTime();
        events.await(CardEvent.ReaderAttached.class, BACK_WITHIN);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(BACK_WITHIN);
        slot.insert(DemoCards.resident(DemoCards.ZHANG_SAN));
        assertThat(events.await(CardEvent.IdentityRead.class, WAIT).readerName()).isEqualTo(READER);
    }

    @Test
    void noReaderMatchingTheHintIsReported() {
        service = start(Optional.of("ACS ACR1252"));

        CardEvent.NoReaderConnected none = events.await(CardEvent.NoReaderConnected.class, WAIT);

        assertThat(none.readerHint()).contains("ACS ACR1252");
        assertThat(service.readers()).isEmpty();
    }

    private ReaderService start(Optional<String> hint) {
        return ReaderService.start(PcscReaderBackend.create(), new ReaderSettings(hint, TestCards.identifier()),
                events);
    }
}
