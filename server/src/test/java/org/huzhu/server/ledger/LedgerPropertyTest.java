package org.huzhu.server.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.huzhu.protocol.Actor;
import org.huzhu.protocol.authority.AuthorityRules;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.payload.HoursRedeemed;
import org.huzhu.protocol.payload.HoursTransferred;
import org.huzhu.protocol.payload.Payload;
import org.huzhu.protocol.payload.ServiceConfirmed;
import org.huzhu.protocol.sync.BatchResponse;
import org.huzhu.protocol.sync.Verdict;
import org.huzhu.server.app.Stats;
import org.huzhu.server.ingest.BusinessRules;
import org.huzhu.server.kiosk.KioskRecord;
import org.huzhu.server.testsupport.ServerParts;
import org.huzhu.server.testsupport.Stores;
import org.huzhu.server.testsupport.TestKiosk;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random streams of valid and invalid transactions (credits by staff and by residents, redemptions and transfers of
 * any size between family and non-family, forged signatures, resent batches): after every batch the ledger sums to
 * zero and no resident is below the hard limit; a transfer is refused as {@code not-family} exactly when the two are
 * not linked; at the end every balance equals what the accepted verdicts imply.
 */
class LedgerPropertyTest {

    private static final long OVERDRAFT = 20;
    private static final int TRANSACTIONS = 200;

    @TempDir
    Path folder;

    @ParameterizedTest
    @MethodSource("org.huzhu.server.testsupport.Stores#both")
    void randomStreamsKeepTheLedgerBalancedAndWithinTheHardLimit(Stores store) throws Exception {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        List<UUID> residents = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        // Two families: residents 0 and 1, residents 2 and 3. Any other pair is not family.
        Set<Set<UUID>> families = Set.of(Set.of(residents.get(0), residents.get(1)),
                Set.of(residents.get(2), residents.get(3)));
        Map<UUID, Long> expected = new HashMap<>();
        try (ServerParts server = new ServerParts(store.create(folder), new LedgerLimits(OVERDRAFT, 30))) {
            TestKiosk kiosk = new TestKiosk(SignatureSuites.ED25519_SHA256, ServerParts.START);
            KioskRecord record = server.enrol(kiosk);
            server.linkFamily(record, kiosk, residents.get(0), residents.get(1));
            server.linkFamily(record, kiosk, residents.get(3), residents.get(2));
            Map<Long, Payload> payloads = new HashMap<>();
            List<byte[]> previousBatch = List.of();
            while (kiosk.sequence() < TRANSACTIONS) {
                if (random.nextBoolean()) {
                    server.snapshotAtKioskTime(kiosk, 0);
                }
                List<byte[]> batch = new ArrayList<>();
                for (int i = 1 + random.nextInt(12); i > 0; i--) {
                    Payload payload = randomPayload(random, residents);
                    // A quarter signed in by the card of the resident whose minutes move (all four are enrolled).
                    Actor actor = random.nextInt(4) == 0 ? AuthorityRules.actingFor(payload).map(ServerParts::cardOf)
                            .orElse(TestKiosk.STAFF) : TestKiosk.STAFF;
                    batch.add(kiosk.next(payload, actor));
                    payloads.put(kiosk.sequence(), payload);
                }
                List<byte[]> sent = new ArrayList<>(batch);
                if (random.nextInt(5) == 0) {
                    int victim = random.nextInt(sent.size());
                    sent.set(victim, forge(sent.get(victim)));
                }
                if (random.nextInt(4) == 0) {
                    sent.addAll(0, previousBatch); // a resend of what was already answered
                }
                List<Verdict> verdicts = new ArrayList<>(deliver(server, record, sent, batch));
                for (Verdict verdict : verdicts) {
                    Payload payload = payloads.get(verdict.sequence());
                    if (payload instanceof HoursTransferred transfer) {
                        boolean family = families.contains(Set.of(transfer.fromResidentId(), transfer.toResidentId()));
                        assertThat(BusinessRules.NOT_FAMILY.equals(verdict.reason())).as("seed %d, %s", seed, transfer)
                                .isEqualTo(!family);
                    }
                    if (verdict.accepted() && !verdict.duplicate()) {
                        apply(expected, payload);
                    }
                }
                previousBatch = batch;
                Stats stats = Stats.read(server.database, LedgerLimits.DEFAULT);
                assertThat(stats.ledgerSum()).as("seed %d", seed).isZero();
                assertThat(stats.balanceSum()).as("seed %d", seed).isZero();
                for (UUID resident : residents) {
                    assertThat(server.balance(Ledger.residentAccount(resident))).as("seed %d", seed)
                            .isGreaterThanOrEqualTo(-OVERDRAFT);
                }
            }
            for (UUID resident : residents) {
                assertThat(server.balance(Ledger.residentAccount(resident))).as("seed %d", seed)
                        .isEqualTo(expected.getOrDefault(resident, 0L));
            }
            Stats after = Stats.read(server.database, LedgerLimits.DEFAULT);
            assertThat(after.accepted() + after.rejected())
                    .isEqualTo(kiosk.sequence());
        }
    }

    /** Sends {@code sent}; if a forgery stops it, sends the genuine envelopes from there, as a kiosk would. */
    private static List<Verdict> deliver(ServerParts server, KioskRecord record, List<byte[]> sent,
            List<byte[]> genuine) throws Exception {
        BatchResponse response = server.send(record, sent);
        List<Verdict> verdicts = new ArrayList<>(response.verdicts());
        if (response.stopped() != null) {
            assertThat(response.stopped().code()).isEqualTo("bad-signature");
            long firstGenuine = sequenceOf(genuine.getFirst());
            int from = (int) (response.stopped().expectedSequence() - firstGenuine);
            BatchResponse rest = server.send(record, genuine.subList(from, genuine.size()));
            assertThat(rest.stopped()).isNull();
            verdicts.addAll(rest.verdicts());
        }
        return verdicts;
    }

    private static long sequenceOf(byte[] envelope) {
        String text = new String(envelope, StandardCharsets.UTF_8);
        int start = text.indexOf("\"sequence\":") + "\"sequence\":".length();
        return Long.parseLong(text.substring(start, text.indexOf(',', start)));
    }

    private static Payload randomPayload(Random random, List<UUID> residents) {
        UUID one = residents.get(random.nextInt(residents.size()));
        UUID other = residents.get(random.nextInt(residents.size()));
        int minutes = 1 + random.nextInt(90);
        return switch (random.nextInt(3)) {
            case 0 -> new ServiceConfirmed(UUID.randomUUID(), one, minutes, "staff-" + random.nextInt(3),
                    "credited at the counter");
            case 1 -> new HoursRedeemed(one, minutes, UUID.randomUUID());
            default -> one.equals(other) ? new HoursRedeemed(one, minutes, UUID.randomUUID())
                    : new HoursTransferred(one, other, minutes);
        };
    }

    private static void apply(Map<UUID, Long> balances, Payload payload) {
        switch (payload) {
            case ServiceConfirmed credit -> balances.merge(credit.volunteerId(), (long) credit.minutes(), Long::sum);
            case HoursRedeemed redeem -> balances.merge(redeem.residentId(), (long) -redeem.minutes(), Long::sum);
            case HoursTransferred transfer -> {
                balances.merge(transfer.fromResidentId(), (long) -transfer.minutes(), Long::sum);
                balances.merge(transfer.toResidentId(), (long) transfer.minutes(), Long::sum);
            }
            default -> throw new IllegalStateException("not generated: " + payload);
        }
    }

    private static byte[] forge(byte[] envelope) {
        String text = new String(envelope, StandardCharsets.UTF_8);
        int end = text.indexOf("\",\"suite\"");
        char flipped = text.charAt(end - 1) == '0' ? '1' : '0';
        return (text.substring(0, end - 1) + flipped + text.substring(end)).getBytes(StandardCharsets.UTF_8);
    }
}
