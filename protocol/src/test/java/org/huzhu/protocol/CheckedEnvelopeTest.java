package org.huzhu.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.huzhu.protocol.crypto.SignatureSuite;
import org.huzhu.protocol.payload.BookingCancelled;
import org.huzhu.protocol.payload.Payload;
import org.huzhu.protocol.payload.SamplePayloads;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CheckedEnvelopeTest {

    private static final String SUITES = "org.huzhu.protocol.ChainVerifierTest#suites";

    @ParameterizedTest
    @MethodSource(SUITES)
    void theSignedBytesTakenFromTheEnvelopeAreTheBodysCanonicalBytes(SignatureSuite suite) throws Exception {
        KeyPair keys = suite.generateKeyPair();
        Random random = new Random(3);
        for (int i = 0; i < TransactionType.values().length * 2; i++) {
            assertSigningBytesMatch(suite, keys, i + 1, SamplePayloads.mixed(i, random));
        }
        // Free text that spells the signature member: escaped in the envelope, so it cannot be taken for it.
        assertSigningBytesMatch(suite, keys, 99, new BookingCancelled(UUID.randomUUID(), UUID.randomUUID(),
                "\",\"signature\":\"00\",\"suite\":\"" + suite.id()));
    }

    @ParameterizedTest
    @MethodSource(SUITES)
    void aCheckedChainVerifiesInOrderAndAForeignSignatureDoesNot(SignatureSuite suite) throws Exception {
        KeyPair keys = suite.generateKeyPair();
        List<byte[]> chain = Chains.build(suite, keys, 3);
        ChainVerifier verifier = new ChainVerifier(Chains.KIOSK, suite, keys.getPublic());

        for (byte[] envelope : chain.subList(0, 2)) {
            CheckedEnvelope checked = CheckedEnvelope.check(envelope, suite, keys.getPublic());
            assertThat(verifier.verifyNext(checked)).isEqualTo(TransactionCodec.decode(envelope));
            assertThat(checked.hash()).isEqualTo(TransactionCodec.hash(envelope, suite));
        }
        byte[] foreign = TransactionCodec.encode(Chains.sign(suite, suite.generateKeyPair(), 3, verifier.lastHash(),
                TransactionCodec.decode(chain.get(2)).body().payload()));

        assertThatThrownBy(() -> verifier.verifyNext(CheckedEnvelope.check(foreign, suite, keys.getPublic())))
                .isInstanceOfSatisfying(BadSignatureException.class, e -> assertThat(e.sequence()).hasValue(3));
        assertThat(verifier.lastSequence()).isEqualTo(2);
    }

    @ParameterizedTest
    @MethodSource(SUITES)
    void anEnvelopeCheckedWithAnotherKeyCannotBeLinked(SignatureSuite suite) throws Exception {
        KeyPair keys = suite.generateKeyPair();
        byte[] first = Chains.build(suite, keys, 1).get(0);
        CheckedEnvelope checkedWithOtherKey = CheckedEnvelope.check(first, suite, suite.generateKeyPair().getPublic());

        assertThatThrownBy(() -> new ChainVerifier(Chains.KIOSK, suite, keys.getPublic())
                .verifyNext(checkedWithOtherKey)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertSigningBytesMatch(SignatureSuite suite, KeyPair keys, long sequence, Payload payload)
            throws Exception {
        Transaction transaction = Chains.sign(suite, keys, sequence, UnsignedTransaction.GENESIS_HASH, payload);

        TransactionCodec.Decoded decoded = TransactionCodec.decodeSigned(TransactionCodec.encode(transaction));

        assertThat(decoded.signingBytes()).as(payload.toString())
                .isEqualTo(TransactionCodec.signingBytes(transaction.body()));
        assertThat(CheckedEnvelope.check(TransactionCodec.encode(transaction), suite, keys.getPublic()).body())
                .isEqualTo(transaction.body());
    }
}
