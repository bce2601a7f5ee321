package org.huzhu.protocol;

import com.github.f4b6a3.uuid.UuidCreator;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.huzhu.protocol.crypto.KeyMismatchException;
import org.huzhu.protocol.crypto.SignatureSuite;
import org.huzhu.protocol.payload.Payload;
import org.huzhu.protocol.payload.SamplePayloads;

/** Builds signed chains for tests, the way a kiosk does. */
final class Chains {

    static final String KIOSK = "K-test-01";
    static final Actor RESIDENT = new Actor("ab".repeat(32), SignInMethod.CARD);

    private Chains() {
    }

    /** Encoded envelopes 1..count, each linked to the one before. */
    static List<byte[]> build(SignatureSuite suite, KeyPair keys, int count) throws KeyMismatchException {
        List<byte[]> chain = new ArrayList<>();
        String previous = UnsignedTransaction.GENESIS_HASH;
        Random random = new Random(42);
        for (int sequence = 1; sequence <= count; sequence++) {
            byte[] encoded = TransactionCodec.encode(sign(suite, keys, sequence, previous,
                    SamplePayloads.mixed(sequence - 1, random)));
            chain.add(encoded);
            previous = TransactionCodec.hash(encoded, suite);
        }
        return chain;
    }

    static Transaction sign(SignatureSuite suite, KeyPair keys, long sequence, String previous, Payload payload)
            throws KeyMismatchException {
        UnsignedTransaction body = new UnsignedTransaction(UuidCreator.getTimeOrderedEpoch(), KIOSK, sequence, previous,
                Instant.parse("2026-11-23T09:30:00.125Z").plusMillis(sequence), TransactionType.of(payload), RESIDENT,
                payload, suite.id());
        return TransactionCodec.sign(body, suite, keys.getPrivate());
    }
}
