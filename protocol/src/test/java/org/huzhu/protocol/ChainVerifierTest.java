package org.huzhu.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import org.huzhu.protocol.crypto.SignatureSuite;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ChainVerifierTest {

    static List<SignatureSuite> suites() {
        return SignatureSuites.ALL;
    }

    @ParameterizedTest
    @MethodSource("suites")
    void intactChainVerifies(SignatureSuite suite) throws Exception {
        KeyPair keys = suite.generateKeyPair();
        List<byte[]> chain = Chains.build(suite, keys, 20);

        ChainVerifier verifier = new ChainVerifier(Chains.KIOSK, suite, keys.getPublic());
        for (byte[] envelope : chain) {
            verifier.verifyNext(envelope);
        }

        assertThat(verifier.lastSequence()).isEqualTo(20);
        assertThat(verifier.lastHash()).isEqualTo(TransactionCodec.hash(chain.get(19), suite));
    }

    @ParameterizedTest
    @MethodSource("suites")
    void mismatchedSuiteIsRejected(SignatureSuite suite) throws Exception {
        SignatureSuite other = suite == SignatureSuites.ED25519_SHA256 ? SignatureSuites.SM2_SM3 : SignatureSuites.ED25519_SHA256;
        KeyPair keys = suite.generateKeyPair();
        byte[] first = Chains.build(suite, keys, 1).get(0);

        assertThatThrownBy(() -> new ChainVerifier(Chains.KIOSK, other, other.generateKeyPair().getPublic())
                .verifyNext(first))
                .isInstanceOf(SuiteMismatchException.class).hasMessageContaining(suite.id());
    }

    @ParameterizedTest
    @MethodSource("suites")
    void signatureByAnotherKeyIsRejected(SignatureSuite suite) throws Exception {
        byte[] first = Chains.build(suite, suite.generateKeyPair(), 1).get(0);

        assertThatThrownBy(() -> new ChainVerifier(Chains.KIOSK, suite, suite.generateKeyPair().getPublic())
                .verifyNext(first))
                .isInstanceOfSatisfying(BadSignatureException.class, e -> assertThat(e.sequence()).hasValue(1));
    }

    @ParameterizedTest
    @MethodSource("suites")
    void missingOrSwappedTransactionsBreakTheChainAtTheRightNumber(SignatureSuite suite) throws Exception {
        KeyPair keys = suite.generateKeyPair();
        List<byte[]> chain = Chains.build(suite, keys, 6);

        List<byte[]> withoutFour = new ArrayList<>(chain);
        withoutFour.remove(3);
        assertBreaksAt(withoutFour, suite, keys, 4, "expected sequence 4, found 5");

        List<byte[]> swapped = new ArrayList<>(chain);
        swapped.set(1, chain.get(4));
        swapped.set(4, chain.get(1));
        assertBreaksAt(swapped, suite, keys, 2, "expected sequence 2, found 5");
    }

    @ParameterizedTest
    @MethodSource("suites")
    void aValidTransactionFromAnotherChainDoesNotLink(SignatureSuite suite) throws Exception {
        KeyPair keys = suite.generateKeyPair();
        List<byte[]> chain = Chains.build(suite, keys, 3);
        List<byte[]> forged = new ArrayList<>(chain);
        forged.set(1, TransactionCodec.encode(Chains.sign(suite, keys, 2, "1".repeat(64),
                TransactionCodec.decode(chain.get(1)).body().payload())));

        assertBreaksAt(forged, suite, keys, 2, "previous hash does not match transaction 1");
    }

    private static void assertBreaksAt(List<byte[]> chain, SignatureSuite suite, KeyPair keys, long sequence,
            String message) {
        ChainVerifier verifier = new ChainVerifier(Chains.KIOSK, suite, keys.getPublic());
        assertThatThrownBy(() -> {
            for (byte[] envelope : chain) {
                verifier.verifyNext(envelope);
            }
        }).isInstanceOfSatisfying(BrokenChainException.class, e -> assertThat(e.sequence()).hasValue(sequence))
                .hasMessageContaining(message);
        assertThat(verifier.lastSequence()).isEqualTo(sequence - 1);
    }
}
