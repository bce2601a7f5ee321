package org.huzhu.protocol.residentcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.time.Instant;
import java.util.UUID;
import org.huzhu.protocol.crypto.KeyMismatchException;
import org.huzhu.protocol.crypto.SignatureSuite;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.residentcode.ResidentCodeException.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class ResidentCodesTest {

    private static final SignatureSuite ED = SignatureSuites.ED25519_SHA256;
    private static final KeyPair SERVER = ED.generateKeyPair();
    private static final ResidentCode CODE = ResidentCode.issue(
            UUID.fromString("01937f4e-2c00-7000-8000-00000000c0de"),
            UUID.fromString("01937f4e-2c00-7000-8000-000000000001"), "default",
            Instant.parse("2026-12-02T09:30:00.125Z"), ResidentCodePurpose.PRINTED);

    static SignatureSuite[] suites() {
        return new SignatureSuite[] {SignatureSuites.ED25519_SHA256, SignatureSuites.SM2_SM3};
    }

    @ParameterizedTest
    @MethodSource("suites")
    void aSignedCodeReadsBackWithEveryField(SignatureSuite suite) throws Exception {
        KeyPair keys = suite.generateKeyPair();
        String text = ResidentCodes.encode(CODE, suite, keys.getPrivate());

        SignedResidentCode read = ResidentCodes.verify(text, suite, keys.getPublic());

        assertThat(read.code()).isEqualTo(CODE);
        assertThat(read.code().issuedAt()).isEqualTo(Instant.parse("2026-12-02T09:30:00Z"));
        assertThat(read.code().expiresAt()).isEqualTo(Instant.parse("2027-03-02T09:30:00Z"));
        assertThat(text).startsWith("HZ1:").matches("[0-9A-Z $%*+\\-./:]+");
    }

    @Test
    void anEd25519CodeOfTheDefaultCommunityIs174CharactersOfTheQrAlphanumericSet() throws Exception {
        // 113 bytes: suite 1, two ids 32, community 1 + 7, times 8, signature 64; base45 makes 170 of them, + "HZ1:".
        assertThat(ResidentCodes.encode(CODE, ED, SERVER.getPrivate())).hasSize(174);
    }

    @Test
    void thePurposeSetsTheLifetime() {
        Instant now = Instant.parse("2026-12-02T09:30:00Z");
        assertThat(ResidentCode.issue(UUID.randomUUID(), UUID.randomUUID(), "c", now,
                ResidentCodePurpose.FAMILY_PHONE).expiresAt()).isEqualTo(Instant.parse("2026-12-03T09:30:00Z"));
    }

    @Test
    void theActorPseudonymIsStableForACodeAndDiffersBetweenCodes() throws Exception {
        SignedResidentCode once = ResidentCodes.parse(ResidentCodes.encode(CODE, ED, SERVER.getPrivate()));
        SignedResidentCode again = ResidentCodes.parse(ResidentCodes.encode(CODE, ED, SERVER.getPrivate()));
        ResidentCode other = new ResidentCode(UUID.randomUUID(), CODE.residentId(), CODE.community(),
                CODE.issuedAt(), CODE.expiresAt());

        assertThat(once.actorHash()).matches("[0-9a-f]{64}").isEqualTo(again.actorHash())
                .isNotEqualTo(ResidentCodes.parse(ResidentCodes.encode(other, ED, SERVER.getPrivate())).actorHash());
    }

    @Test
    void anotherServersCodeHasABadSignature() throws Exception {
        String text = ResidentCodes.encode(CODE, ED, ED.generateKeyPair().getPrivate());

        assertProblem(() -> ResidentCodes.verify(text, ED, SERVER.getPublic()), Problem.BAD_SIGNATURE);
    }

    @Test
    void aCodeAlteredInOneByteHasABadSignature() throws Exception {
        byte[] bytes = Base45.decode(ResidentCodes.encode(CODE, ED, SERVER.getPrivate()).substring(4));
        bytes[20] ^= 1; // the resident id: someone else's code
        String altered = "HZ1:" + Base45.encode(bytes);

        assertThat(ResidentCodes.parse(altered).code().residentId()).isNotEqualTo(CODE.residentId());
        assertProblem(() -> ResidentCodes.verify(altered, ED, SERVER.getPublic()), Problem.BAD_SIGNATURE);
    }

    @Test
    void anSm2CodeIsRefusedByAReaderThatTrustsAnEd25519Key() throws Exception {
        SignatureSuite sm2 = SignatureSuites.SM2_SM3;
        String text = ResidentCodes.encode(CODE, sm2, sm2.generateKeyPair().getPrivate());

        assertProblem(() -> ResidentCodes.verify(text, ED, SERVER.getPublic()), Problem.WRONG_SUITE);
    }

    @Test
    void malformedTextsAreTypedErrors() throws Exception {
        byte[] good = Base45.decode(ResidentCodes.encode(CODE, ED, SERVER.getPrivate()).substring(4));

        assertProblem(() -> ResidentCodes.parse("HTTPS://EXAMPLE.ORG/"), Problem.WRONG_PREFIX);
        assertProblem(() -> ResidentCodes.parse("hz1:ABC"), Problem.WRONG_PREFIX);
        assertProblem(() -> ResidentCodes.parse("HZ1:abc"), Problem.BAD_ENCODING);
        assertProblem(() -> ResidentCodes.parse("HZ1:ABCD"), Problem.BAD_ENCODING); // a dangling character
        assertProblem(() -> ResidentCodes.parse("HZ1:::::::"), Problem.BAD_ENCODING); // a group above 65535
        assertProblem(() -> ResidentCodes.parse("HZ1:"), Problem.WRONG_LENGTH);
        assertProblem(() -> ResidentCodes.parse("HZ1:" + "0".repeat(500)), Problem.WRONG_LENGTH);
        assertProblem(() -> ResidentCodes.parse(text(withByte(good, 0, 9))), Problem.UNKNOWN_SUITE);
        assertProblem(() -> ResidentCodes.parse(text(withByte(good, 33, 0))), Problem.WRONG_LENGTH);
        assertProblem(() -> ResidentCodes.parse(text(withByte(good, 33, 200))), Problem.WRONG_LENGTH);
        assertProblem(() -> ResidentCodes.parse(text(java.util.Arrays.copyOf(good, good.length - 1))),
                Problem.WRONG_LENGTH);
        assertProblem(() -> ResidentCodes.parse(text(java.util.Arrays.copyOf(good, good.length + 1))),
                Problem.WRONG_LENGTH);
        assertProblem(() -> ResidentCodes.parse(text(withByte(good, 34, 0xff))), Problem.BAD_FIELD);
        byte[] expiredBeforeIssue = good.clone();
        System.arraycopy(good, 41, expiredBeforeIssue, 45, 4); // expiresAt := issuedAt
        assertProblem(() -> ResidentCodes.parse(text(expiredBeforeIssue)), Problem.BAD_FIELD);
    }

    @Test
    void theWorkedExampleOfTheProtocolVerifies() throws Exception {
        // docs/protocol.md §13.1: the Ed25519 key of seed 00 01 … 1f, written as its SubjectPublicKeyInfo.
        java.security.PublicKey key = ED.decodePublicKey(java.util.Base64.getDecoder().decode(
                "MCowBQYDK2VwAyEAA6EHv/POEL4dcN0Y50vAmWfk1jCbpQ1fHdyGZBJVMbg="));
        String text = "HZ1:W50%TI/QMZ$QN3CLQDT+H-+1TJ5%TISMMM20%20000000000%506VCJ.C0%EDWE-.14CJ-.GQDJ:$6GTO+6L771PMJ52S"
                + "JK5*P5FF44SB*3NIREQ61RN5Y-S4TT%3U$2MWIL9B181JH.S+E1$66:9SRQPG8UDM3RURNO0/:100";

        SignedResidentCode read = ResidentCodes.verify(text, ED, key);

        assertThat(read.code()).isEqualTo(new ResidentCode(UUID.fromString("0193a1b2-c3d4-4e5f-8a6b-7c8d9e0f1a2b"),
                UUID.fromString("0193a1b2-0000-7000-8000-000000000001"), "default",
                Instant.parse("2026-12-02T01:30:00Z"), Instant.parse("2027-03-02T01:30:00Z")));
        assertThat(read.actorHash()).isEqualTo("779b56c88352526d53da835a00dc047615030de92330ed382b79e60b76ae5dde");
        assertThat(java.util.HexFormat.of().formatHex(Base45.decode(text.substring(4)))).startsWith(
                "010193a1b2c3d44e5f8a6b7c8d9e0f1a2b0193a1b2000070008000000000000001"
                        + "0764656661756c746b0f74986b861b98ae3623c301a7");
    }

    @Test
    void base45MatchesTheRfcExamples() {
        assertThat(Base45.encode("AB".getBytes())).isEqualTo("BB8");
        assertThat(Base45.encode("Hello!!".getBytes())).isEqualTo("%69 VD92EX0");
        assertThat(Base45.encode("ietf!".getBytes())).isEqualTo("QED8WEX0");
        assertThat(new String(Base45.decode("QED8WEX0"))).isEqualTo("ietf!");
    }

    private static byte[] withByte(byte[] bytes, int index, int value) {
        byte[] copy = bytes.clone();
        copy[index] = (byte) value;
        return copy;
    }

    private static String text(byte[] bytes) {
        return ResidentCodes.PREFIX + Base45.encode(bytes);
    }

    @FunctionalInterface
    private interface Reading {
        void read() throws ResidentCodeException, KeyMismatchException;
    }

    private static void assertProblem(Reading reading, Problem problem) {
        assertThatThrownBy(reading::read).isInstanceOfSatisfying(ResidentCodeException.class,
                e -> assertThat(e.problem()).isEqualTo(problem));
    }
}
