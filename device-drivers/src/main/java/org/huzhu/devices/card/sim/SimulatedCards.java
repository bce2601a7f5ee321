package org.huzhu.devices.card.sim;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.huzhu.devices.card.apdu.Hex;
import org.huzhu.devices.card.identity.Gender;
import org.huzhu.devices.card.profile.SsseLayout;

/**
 * Builds simulated cards of the kinds the kiosk reads, laid out the way the profiles expect, so that tests and the
 * demo describe cards by their content, not by bytes. Stateless.
 */
public final class SimulatedCards {

    /**
     * T=1 ATR (3B, T0 = 85, TD1 = 01) whose historical bytes describe a generic ISO/IEC 7816-4 card (category 80, card
     * capabilities 73 C0 21 00: SELECT by DF name, short APDUs only), then TCK. No vendor's ATR, so OpenSC finds the
     * PIV application by selecting it, as it does for cards it does not know.
     */
    static final byte[] PIV_ATR = Hex.parse("3B85018073C0210096");
    private static final Charset GBK = Charset.forName("GBK");
    private static final int EF05 = 0xEF05;
    private static final int EF05_SFI = 5;
    private static final int EF06_SFI = 6;

    private SimulatedCards() {
    }

    /** A social-security card with the standard layout. */
    public static SimulatedCard socialSecurity(SsseCardData data) {
        return SimulatedCard.builder().application(socialSecurityApplication(data, SsseLayout.standard())).build();
    }

    /**
     * The SSSE application: EF05 with the card number at the layout's record number (earlier records hold
     * placeholders), EF06 with the holder records, each record a simple-TLV whose tag is its identifier. The name is
     * padded with 00 to the layout's maximum, as issued cards are.
     */
    public static CardApplication socialSecurityApplication(SsseCardData data, SsseLayout layout) {
        List<byte[]> ef05 = new ArrayList<>();
        for (int record = 1; record < layout.cardNumber().p1(); record++) {
            ef05.add(tlv(record, new byte[] {0x00}));
        }
        ef05.add(tlv(layout.cardNumber().tag(), data.cardNumber().getBytes(StandardCharsets.US_ASCII)));
        List<byte[]> ef06 = List.of(
                tlv(layout.idNumber().tag(), data.idNumber().getBytes(StandardCharsets.US_ASCII)),
                tlv(layout.name().tag(), Arrays.copyOf(data.name().getBytes(GBK), layout.nameMaxBytes())),
                tlv(layout.gender().tag(), new byte[] {genderCode(data.gender())}),
                tlv(0x0B, new byte[] {0x01}),
                tlv(0x0C, Hex.parse("110101")),
                tlv(layout.birthDate().tag(), bcdDate(data)));
        return new CardApplication(layout.applicationName(),
                List.of(new CardFile(EF05, EF05_SFI, ef05), new CardFile(layout.holderFileId(), EF06_SFI, ef06)),
                null);
    }

    /**
     * A PIV staff card (see {@link PivApplet}): a self-signed slot 9A certificate for {@code holderName} with the
     * public key of {@code keys}, the private key for signing, five PIN tries.
     */
    public static SimulatedCard piv(String holderName, KeyPair keys, String pin) {
        return piv(new PivApplet(keys, StaffCertificateFactory.selfSigned(holderName, keys), pin));
    }

    /** A card that holds {@code applet}, so a test can keep the applet to watch its PIN counter. */
    public static SimulatedCard piv(PivApplet applet) {
        return SimulatedCard.builder().atr(PIV_ATR).applet(applet).build();
    }

    /** A contactless card or tag that only has a UID. */
    public static SimulatedCard contactless(String uidHex) {
        return SimulatedCard.builder().uid(Hex.parse(uidHex)).build();
    }

    /** A card with no application the kiosk knows (a bank card, say). */
    public static SimulatedCard unknown() {
        return SimulatedCard.builder().build();
    }

    /** A simple-TLV with a one-byte length (all simulated values are shorter than 255 bytes). */
    public static byte[] tlv(int tag, byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        out.write(value.length);
        out.writeBytes(value);
        return out.toByteArray();
    }

    private static byte genderCode(Gender gender) {
        return switch (gender) {
            case MALE -> '1';
            case FEMALE -> '2';
            case NOT_STATED -> '9';
        };
    }

    private static byte[] bcdDate(SsseCardData data) {
        String digits = String.format("%04d%02d%02d", data.birthDate().getYear(), data.birthDate().getMonthValue(),
                data.birthDate().getDayOfMonth());
        return Hex.parse(digits);
    }
}
