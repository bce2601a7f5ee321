package org.huzhu.protocol.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.security.PublicKey;
import java.security.spec.InvalidKeySpecException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Public keys arrive from the network (enrolment): whatever the bytes, decoding gives a key of the suite or an
 * {@link InvalidKeySpecException}, never a runtime exception that a server would answer with a 500. Seeded, so a
 * failure repeats.
 */
class PublicKeyDecodingFuzzTest {

    static List<SignatureSuite> suites() {
        return SignatureSuites.ALL;
    }

    @ParameterizedTest
    @MethodSource("suites")
    void shortGarbageDerIsAnInvalidKeySpec(SignatureSuite suite) {
        for (String hex : List.of("", "00", "30", "3000", "3080", "300100", "30020500", "3003060100", "0500",
                "308180", "30ffffffff", "3006300403000000")) {
            assertThat(catchThrowable(() -> suite.decodePublicKey(HexFormat.of().parseHex(hex))))
                    .as("%s decoding %s", suite.id(), hex).isInstanceOf(InvalidKeySpecException.class);
        }
    }

    @ParameterizedTest
    @MethodSource("suites")
    void everyTruncationOfAValidKeyIsAnInvalidKeySpec(SignatureSuite suite) {
        byte[] valid = suite.generateKeyPair().getPublic().getEncoded();
        for (int length = 0; length < valid.length; length++) {
            byte[] truncated = Arrays.copyOf(valid, length);
            assertThat(catchThrowable(() -> suite.decodePublicKey(truncated)))
                    .as("%s decoding %s", suite.id(), HexFormat.of().formatHex(truncated))
                    .isInstanceOf(InvalidKeySpecException.class);
        }
    }

    @ParameterizedTest
    @MethodSource("suites")
    void mutatedAndRandomBytesDecodeToASuiteKeyOrAnInvalidKeySpec(SignatureSuite suite) {
        Random random = new Random(20261123L + suite.id().hashCode());
        byte[] valid = suite.generateKeyPair().getPublic().getEncoded();
        for (byte[] hostile : hostileInputs(valid, random)) {
            decodesToASuiteKeyOrRefuses(suite, hostile);
        }
    }

    @Test
    void eachSuiteRefusesTheOtherSuitesKeysEvenMutated() {
        Random random = new Random(7);
        for (SignatureSuite suite : SignatureSuites.ALL) {
            for (SignatureSuite other : SignatureSuites.ALL) {
                if (other != suite) {
                    for (byte[] hostile : hostileInputs(other.generateKeyPair().getPublic().getEncoded(), random)) {
                        decodesToASuiteKeyOrRefuses(suite, hostile);
                    }
                }
            }
        }
    }

    /** About 600 inputs: one-byte changes at every position, length bytes changed, appended junk, random DER. */
    private static List<byte[]> hostileInputs(byte[] valid, Random random) {
        List<byte[]> inputs = new ArrayList<>();
        for (int position = 0; position < valid.length; position++) {
            for (int round = 0; round < 4; round++) {
                byte[] mutated = valid.clone();
                mutated[position] = (byte) random.nextInt(256);
                inputs.add(mutated);
            }
            byte[] flipped = valid.clone();
            flipped[position] ^= (byte) 0x80;
            inputs.add(flipped);
        }
        for (int extra = 1; extra <= 8; extra++) {
            byte[] longer = Arrays.copyOf(valid, valid.length + extra);
            inputs.add(longer);
        }
        for (int round = 0; round < 200; round++) {
            byte[] junk = new byte[random.nextInt(120)];
            random.nextBytes(junk);
            if (junk.length > 1) {
                junk[0] = 0x30; // a SEQUENCE, so the parser gets past the first byte
                junk[1] = (byte) (random.nextBoolean() ? junk.length - 2 : random.nextInt(256));
            }
            inputs.add(junk);
        }
        return inputs;
    }

    private static void decodesToASuiteKeyOrRefuses(SignatureSuite suite, byte[] encoded) {
        PublicKey[] decoded = new PublicKey[1];
        Throwable thrown = catchThrowable(() -> decoded[0] = suite.decodePublicKey(encoded));
        String what = suite.id() + " decoding " + HexFormat.of().formatHex(encoded);
        if (thrown == null) {
            // Accepted: then it is a key of this suite, which decodes again from its own encoding.
            assertThat(catchThrowable(() -> suite.decodePublicKey(decoded[0].getEncoded()))).as(what).isNull();
        } else {
            assertThat(thrown).as(what).isInstanceOf(InvalidKeySpecException.class);
        }
    }
}
