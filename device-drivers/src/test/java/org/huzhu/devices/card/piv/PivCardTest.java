package org.huzhu.devices.card.piv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.huzhu.devices.card.apdu.ApduChannels;
import org.huzhu.devices.card.apdu.Bytes;
import org.huzhu.devices.card.apdu.Hex;
import org.huzhu.devices.card.identity.StaffCardIdentity;
import org.huzhu.devices.card.sim.P256KeyPairs;
import org.huzhu.devices.card.sim.StaffCertificateFactory;
import org.huzhu.devices.card.testsupport.ScriptedChannel;
import org.huzhu.devices.card.tlv.BerTlv;
import org.huzhu.devices.card.tlv.CardDataException;
import org.huzhu.devices.card.tlv.CardDataException.Problem;
import org.junit.jupiter.api.Test;

/** The PIV profile against canned exchanges: the exact commands, and what each answer becomes. */
class PivCardTest {

    private static final String SELECT = "00A4 0400 0B A0000003080000100001 00 00";
    private static final String APT = "61 11 4F06000010000100 7907 4F05A000000308";
    private static final String GET_CERTIFICATE = "00CB 3FFF 05 5C035FC105 00";
    private static final String VERIFY_123456 = "0020 0080 08 313233343536FFFF";
    private static final byte[] DIGEST = Hex.parse("00112233445566778899AABBCCDDEEFF00112233445566778899AABBCCDDEEFF");
    private static final String SIGN = "0087 119A 26 7C24 8200 8120 " + Hex.of(DIGEST) + " 00";

    private final KeyPair keys = P256KeyPairs.generate();
    private final byte[] certificate = StaffCertificateFactory.selfSigned("Test Staff", keys);

    @Test
    void readsTheCertificateInSeveralGetResponseParts() throws Exception {
        List<String> script = new ArrayList<>(List.of(SELECT, APT + "9000"));
        script.addAll(chained(GET_CERTIFICATE, certificateObject((byte) 0x00)));
        ScriptedChannel card = ScriptedChannel.of(script.toArray(String[]::new));

        StaffCardIdentity identity = new PivCard(ApduChannels.standard(card, "test")).readIdentity().orElseThrow();

        assertThat(card.finished()).isTrue();
        assertThat(card.sent()).filteredOn(command -> command.startsWith("00C0")).hasSizeGreaterThanOrEqualTo(1);
        assertThat(identity.holderName()).isEqualTo("Test Staff");
        assertThat(identity.certificate()).isEqualTo(certificate);
        assertThat(identity.keyFingerprint()).isEqualTo(P256PublicKey.fingerprint(keys.getPublic().getEncoded()));
    }

    @Test
    void aCardWithoutPivOrWithoutASlot9aCertificateIsNoStaffCard() throws Exception {
        assertThat(new PivCard(ScriptedChannel.of(SELECT, "6A82")).readIdentity()).isEmpty();
        assertThat(new PivCard(ScriptedChannel.of(SELECT, APT + "9000", GET_CERTIFICATE, "6A82")).readIdentity())
                .isEmpty();
    }

    @Test
    void verifyRightWrongAndBlocked() throws Exception {
        byte[] pin = "123456".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

        assertThat(verify(pin, "9000")).isEqualTo(new PinAnswer.Verified());
        assertThat(verify(pin, "63C4")).isEqualTo(new PinAnswer.Wrong(4));
        assertThat(verify(pin, "63C1")).isEqualTo(new PinAnswer.Wrong(1));
        assertThat(verify(pin, "63C0")).isEqualTo(new PinAnswer.Blocked());
        assertThat(verify(pin, "6983")).isEqualTo(new PinAnswer.Blocked());
        assertThatThrownBy(() -> verify(pin, "6A80")).isInstanceOfSatisfying(CardDataException.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.UNEXPECTED_STATUS));
        assertThat(pin).as("the caller's PIN is left to the caller").containsExactly('1', '2', '3', '4', '5', '6');
        assertThat(new PivCard(ScriptedChannel.of("0020 0080", "63C3")).pinStatus()).isEqualTo(new PinAnswer.Wrong(3));
    }

    @Test
    void pinsAreSixToEightDigits() {
        assertThatThrownBy(() -> PivPin.toAsciiDigits("12345".toCharArray())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PivPin.toAsciiDigits("123456789".toCharArray()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PivPin.toAsciiDigits("12345a".toCharArray())).isInstanceOf(IllegalArgumentException.class);
        assertThat(PivPin.toAsciiDigits("12345678".toCharArray())).hasSize(8);
    }

    @Test
    void signsTheDigestWithGeneralAuthenticate() throws Exception {
        Signature signer = Signature.getInstance("NONEwithECDSA");
        signer.initSign(keys.getPrivate());
        signer.update(DIGEST);
        byte[] signature = signer.sign();
        String answer = Hex.of(BerTlv.encode(0x7C, BerTlv.encode(0x82, signature))) + "9000";

        SignAnswer signed = new PivCard(ScriptedChannel.of(SIGN, answer)).signDigest(DIGEST);

        assertThat(signed).isEqualTo(new SignAnswer.Signed(signature));
        assertThat(EcdsaSignatures.verifiesDigest(StaffCertificates.publicKey(certificate).toJavaKey(), DIGEST,
                signature)).isTrue();
        assertThat(new PivCard(ScriptedChannel.of(SIGN, "6982")).signDigest(DIGEST)).isEqualTo(new SignAnswer.PinRequired());
        assertThat(new PivCard(ScriptedChannel.of(SIGN, "6A80")).signDigest(DIGEST))
                .isEqualTo(new SignAnswer.Refused(0x6A80));
    }

    @Test
    void malformedAnswersAreTypedErrors() {
        assertThatThrownBy(() -> new PivCard(ScriptedChannel.of(SELECT, "6F00 9000")).readIdentity())
                .isInstanceOfSatisfying(CardDataException.class, e -> assertThat(e.problem()).isEqualTo(Problem.UNEXPECTED_TAG));
        assertThatThrownBy(() -> new PivCard(ScriptedChannel.of(SELECT, APT + "9000", GET_CERTIFICATE,
                Hex.of(certificateObject((byte) 0x01)) + "9000")).readIdentity())
                .as("compressed certificates are not accepted")
                .isInstanceOfSatisfying(CardDataException.class, e -> assertThat(e.problem()).isEqualTo(Problem.BAD_VALUE));
        assertThatThrownBy(() -> new PivCard(ScriptedChannel.of(SELECT, APT + "9000", GET_CERTIFICATE,
                "53 82 0400 70 00 9000")).readIdentity()).isInstanceOf(CardDataException.class);
        assertThatThrownBy(() -> new PivCard(ScriptedChannel.of(SIGN, "7C 06 82 04 30020201 9000")).signDigest(DIGEST))
                .isInstanceOf(CardDataException.class);
        assertThatThrownBy(() -> new PivCard(ScriptedChannel.of(SIGN, "7C 02 81 00 9000")).signDigest(DIGEST))
                .isInstanceOfSatisfying(CardDataException.class, e -> assertThat(e.problem()).isEqualTo(Problem.UNEXPECTED_TAG));
    }

    private PinAnswer verify(byte[] pin, String sw) throws Exception {
        return new PivCard(ScriptedChannel.of(VERIFY_123456, sw)).verifyPin(pin);
    }

    private byte[] certificateObject(byte certInfo) {
        return BerTlv.encode(0x53, Bytes.concat(BerTlv.encode(0x70, certificate), BerTlv.encode(0x71, new byte[] {certInfo}),
                BerTlv.encode(0xFE, new byte[0])));
    }

    /** The command, then the answer in parts of 256 bytes announced with 61xx and fetched with GET RESPONSE. */
    private static List<String> chained(String command, byte[] answer) {
        List<String> script = new ArrayList<>();
        script.add(command);
        int offset = 0;
        while (true) {
            int end = Math.min(answer.length, offset + 256);
            int rest = answer.length - end;
            String part = Hex.of(Arrays.copyOfRange(answer, offset, end));
            if (rest == 0) {
                script.add(part + "9000");
                return script;
            }
            script.add(part + String.format("61%02X", Math.min(rest, 0xFF)));
            script.add(String.format("00C00000%02X", Math.min(rest, 0xFF)));
            offset = end;
        }
    }
}
