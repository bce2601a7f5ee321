package org.huzhu.devices.card.pcsc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.huzhu.devices.card.event.CardEvent;
import org.huzhu.devices.card.reader.ReaderService;
import org.huzhu.devices.card.reader.ReaderSettings;
import org.huzhu.devices.card.sim.DemoCards;
import org.huzhu.devices.card.sim.SimulatedCard;
import org.huzhu.devices.card.sim.vpcd.VpcdCardSimulator;
import org.huzhu.devices.card.sim.vpcd.VpcdCardSimulator.Slot;
import org.huzhu.devices.card.testsupport.EventRecorder;
import org.huzhu.devices.card.testsupport.PcscDaemon;
import org.huzhu.devices.card.testsupport.TestCards;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Many taps through the real stack, half of them pulled away in the middle of the read, on both vpcd readers at once.
 * Every cycle must end in exactly one identity or "tap again", with no hang and no thread left behind.
 *
 * <p>Why it takes minutes: pcscd samples a vpcd reader every 400 ms and a cycle needs two samples (card in, card
 * out), so one reader manages at most 1.25 cycles per second; two readers halve the time. The count is
 * {@code -Dhuzhu.pcsc.cycles} (default 1000, the number).
 */
@Tag("pcsc")
class PcscStressTest {

    private static final int CYCLES = Integer.getInteger("huzhu.pcsc.cycles", 1000);
    private static final Duration WAIT = Duration.ofSeconds(5);
    /** SELECT, READ, SELECT and four READs: a card that leaves after fewer commands leaves mid-read. */
    private static final int COMMANDS_PER_READ = 7;

    @BeforeAll
    static void pcscd() {
        PcscDaemon.ensureRunning();
        for (Slot slot : Slot.values()) {
            PcscDaemon.awaitNoCard(slot.readerName());
        }
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES)
    void everyCycleEndsInAnIdentityOrTapAgain() throws Exception {
        Map<String, EventRecorder> recorders = Map.of(
                Slot.READER_0.readerName(), new EventRecorder(), Slot.READER_1.readerName(), new EventRecorder());
        AtomicLong maxServiceThreads = new AtomicLong();
        ReaderSettings settings = new ReaderSettings(java.util.Optional.of("Virtual PCD"), TestCards.identifier());
        List<Future<int[]>> results = new ArrayList<>();
        ExecutorService drivers = Executors.newFixedThreadPool(2);
        ReaderService service = ReaderService.start(PcscReaderBackend.create(), settings, event -> {
            event.reader().map(recorders::get).ifPresent(recorder -> recorder.onCardEvent(event));
            maxServiceThreads.accumulateAndGet(TestCards.serviceThreads(), Math::max);
        });
        try {
            for (Slot slot : Slot.values()) {
                EventRecorder recorder = recorders.get(slot.readerName());
                recorder.await(CardEvent.ReaderAttached.class, WAIT);
                int cycles = slot == Slot.READER_0 ? (CYCLES + 1) / 2 : CYCLES / 2;
                results.add(drivers.submit(() -> cycle(slot, recorder, cycles, new Random(slot.port()))));
            }
            int identities = 0;
            int tapAgain = 0;
            int hiccups = 0;
            for (Future<int[]> result : results) {
                int[] counts = result.get();
                identities += counts[0];
                tapAgain += counts[1];
                hiccups += counts[2];
            }
            assertThat(identities + tapAgain).isEqualTo(CYCLES);
            assertThat(hiccups).as("cards left in place that were not read").isLessThanOrEqualTo(CYCLES / 100);
            assertThat(identities).as("cards left in place are read").isGreaterThanOrEqualTo(CYCLES / 2 - hiccups);
            assertThat(tapAgain).as("cards pulled away mid-read ask to tap again").isPositive();
        } finally {
            drivers.shutdownNow();
            service.close();
        }
        assertThat(maxServiceThreads.get()).as("monitor + one thread per reader").isLessThanOrEqualTo(3);
        assertThat(TestCards.serviceThreads()).as("reader service threads left").isZero();
    }

    /** Runs the cycles on one reader; returns {identities, tap-again, tap-again for a card left in place}. */
    private static int[] cycle(Slot slot, EventRecorder recorder, int cycles, Random random) {
        int[] counts = new int[3];
        try (VpcdCardSimulator simulator = new VpcdCardSimulator(slot)) {
            for (int i = 0; i < cycles; i++) {
                SimulatedCard card = DemoCards.resident(DemoCards.residents().get(i % 3));
                boolean pullAway = i % 2 == 1;
                if (pullAway) {
                    simulator.insertAndRemoveAfter(card, random.nextInt(COMMANDS_PER_READ));
                } else {
                    simulator.insert(card);
                }
                recorder.await(CardEvent.CardPresented.class, WAIT);
                CardEvent outcome = recorder.await(CardEvent::isReadOutcome, "outcome of cycle " + i, WAIT);
                assertThat(outcome).isInstanceOfAny(CardEvent.IdentityRead.class,
                        CardEvent.CardRemovedTooEarly.class);
                if (!pullAway && !(outcome instanceof CardEvent.IdentityRead)) {
                    // The virtual reader's socket occasionally fails an exchange (seen: 1 in ~500 cycles under load):
                    // the resident is asked to tap again, which the issue allows; counted and bounded below.
                    counts[2]++;
                }
                counts[outcome instanceof CardEvent.IdentityRead ? 0 : 1]++;
                simulator.remove();
                recorder.await(CardEvent.CardRemoved.class, WAIT);
            }
        }
        return counts;
    }
}
