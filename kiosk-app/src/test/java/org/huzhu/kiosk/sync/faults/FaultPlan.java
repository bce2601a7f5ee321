package org.huzhu.kiosk.sync.faults;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Which fault hits which request, decided by a seeded random in the order requests arrive, so a failing run can be
 * replayed with its seed. The first requests get every fault once (in a seeded order), so each kind is exercised in
 * every run; after that each request is faulty with probability {@code faultRate}, the kind chosen uniformly.
 * Thread-safe.
 */
public final class FaultPlan {

    /** One request's fate; {@code delay} is zero unless the fault is {@link Fault#DELAY}. */
    public record Decision(Fault fault, Duration delay) {
    }

    private static final Fault[] FAULTS = Arrays.stream(Fault.values()).filter(f -> f != Fault.NONE)
            .toArray(Fault[]::new);

    private final SplittableRandom random;
    private final double faultRate;
    private final Duration maxDelay;
    private final Deque<Fault> everyFaultOnce;

    private FaultPlan(long seed, double faultRate, Duration maxDelay) {
        this.random = new SplittableRandom(seed);
        this.faultRate = faultRate;
        this.maxDelay = maxDelay;
        List<Fault> shuffled = new ArrayList<>(List.of(FAULTS));
        Collections.shuffle(shuffled, random);
        this.everyFaultOnce = new ArrayDeque<>(shuffled);
    }

    /** @param faultRate share of requests (after the first of each kind) that meet a fault, 0..1 */
    public static FaultPlan seeded(long seed, double faultRate, Duration maxDelay) {
        if (faultRate < 0 || faultRate > 1 || maxDelay.toMillis() < 1) {
            throw new IllegalArgumentException("faultRate must be 0..1 and maxDelay at least 1 ms");
        }
        return new FaultPlan(seed, faultRate, maxDelay);
    }

    public synchronized Decision next() {
        Fault fault;
        if (!everyFaultOnce.isEmpty()) {
            fault = everyFaultOnce.poll();
        } else {
            fault = random.nextDouble() < faultRate ? FAULTS[random.nextInt(FAULTS.length)] : Fault.NONE;
        }
        Duration delay = fault == Fault.DELAY ? Duration.ofMillis(1 + random.nextLong(maxDelay.toMillis()))
                : Duration.ZERO;
        return new Decision(fault, delay);
    }
}
