package org.huzhu.devices.card.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.smartcardio.Card;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.TerminalFactory;
import jnasmartcardio.Smartcardio;
import org.huzhu.devices.card.apdu.Commands;
import org.huzhu.devices.card.event.CardEvent;
import org.huzhu.devices.card.pcsc.PcscReaderBackend;
import org.huzhu.devices.card.profile.SsseLayout;
import org.huzhu.devices.card.reader.ReaderService;
import org.huzhu.devices.card.reader.ReaderSettings;
import org.huzhu.devices.card.sim.DemoCards;
import org.huzhu.devices.card.sim.vpcd.VpcdCardSimulator;
import org.huzhu.devices.card.sim.vpcd.VpcdCardSimulator.Slot;
import org.huzhu.devices.card.testsupport.PcscDaemon;
import org.huzhu.devices.card.testsupport.TestCards;

/**
 * BENCH. Latency from PC/SC reporting a card (the monitor's {@code CardPresented} timestamp) to the identity event,
 * through pcscd with a virtual social-security card, next to a floor measured in the same run: a bare connect, one
 * SELECT and a disconnect through pcscd on the same card. Goal: median at most 30 ms.
 *
 * <p>Run: {@code ./mvnw -B -f device-drivers/pom.xml -Pbench verify [-Dbench.cycles=200]}. Needs pcscd and
 * vsmartcard-vpcd (started here if not running; root needed to start it).
 */
public final class CardLatencyBench {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final int WARMUP = 10;
    private static final double GOAL_MILLIS = 30;

    private CardLatencyBench() {
    }

    public static void main(String[] args) throws Exception {
        int cycles = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        Slot slot = Slot.READER_0;
        PcscDaemon.ensureRunning();
        PcscDaemon.awaitNoCard(slot.readerName());
        BlockingQueue<Object> events = new LinkedBlockingQueue<>();
        List<Double> identityMillis = new ArrayList<>();
        List<Double> floorMillis = new ArrayList<>();
        CardTerminal bare = TerminalFactory.getInstance("PC/SC", null, new Smartcardio()).terminals()
                .getTerminal(slot.readerName());
        byte[] select = Commands.selectByName(SsseLayout.standard().applicationName());

        ReaderService service = ReaderService.start(PcscReaderBackend.create(),
                new ReaderSettings(Optional.of(slot.readerName()), TestCards.identifier()),
                event -> events.add(event instanceof CardEvent.IdentityRead read ? new Timed(read, System.nanoTime())
                        : event));
        try (VpcdCardSimulator simulator = new VpcdCardSimulator(slot)) {
            await(events, CardEvent.ReaderAttached.class);
            for (int i = 0; i < WARMUP + cycles; i++) {
                simulator.insert(DemoCards.resident(DemoCards.residents().get(i % 3)));
                CardEvent.CardPresented presented = await(events, CardEvent.CardPresented.class);
                Timed read = await(events, Timed.class);
                double floor = bareConnectAndSelect(bare, select);
                if (i >= WARMUP) {
                    identityMillis.add((read.receivedAtNanos - presented.detectedAtNanos()) / 1e6);
                    floorMillis.add(floor);
                }
                simulator.remove();
                await(events, CardEvent.CardRemoved.class);
            }
        } finally {
            service.close();
        }
        report(cycles, identityMillis, floorMillis);
    }

    private static double bareConnectAndSelect(CardTerminal terminal, byte[] select) throws CardException {
        long start = System.nanoTime();
        Card card = terminal.connect("*");
        card.getBasicChannel().transmit(new CommandAPDU(select));
        card.disconnect(false);
        return (System.nanoTime() - start) / 1e6;
    }

    private static void report(int cycles, List<Double> identity, List<Double> floor) {
        double identityMedian = percentile(identity, 50);
        double floorMedian = percentile(floor, 50);
        System.out.printf("Card latency through pcscd + vpcd, %d cycles after %d warm-up:%n", cycles, WARMUP);
        System.out.printf("  card present -> identity event   p50 %6.2f ms   p99 %6.2f ms%n", identityMedian,
                percentile(identity, 99));
        System.out.printf("  floor: connect + SELECT + disconnect  p50 %6.2f ms   p99 %6.2f ms%n", floorMedian,
                percentile(floor, 99));
        System.out.printf("  ratio of medians %.1fx; goal p50 <= %.0f ms: %s%n", identityMedian / floorMedian,
                GOAL_MILLIS, identityMedian <= GOAL_MILLIS ? "met" : "NOT met");
    }

    private static double percentile(List<Double> values, int percent) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static <T> T await(BlockingQueue<Object> events, Class<T> type) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            Object event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (event == null) {
                throw new IllegalStateException("no " + type.getSimpleName() + " within " + WAIT);
            }
            if (type.isInstance(event)) {
                return type.cast(event);
            }
            if (event instanceof CardEvent.CardUnsupported || event instanceof CardEvent.CardRemovedTooEarly) {
                throw new IllegalStateException("bench card not read: " + event);
            }
        }
    }

    /** The identity event with the time the listener got it. */
    private record Timed(CardEvent.IdentityRead read, long receivedAtNanos) {
    }
}
