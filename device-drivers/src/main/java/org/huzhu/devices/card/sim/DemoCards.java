package org.huzhu.devices.card.sim;

import java.time.LocalDate;
import java.util.List;
import org.huzhu.devices.card.identity.Gender;

/**
 * The cards the demo mode offers to "tap". Invented people: the ID numbers have valid check characters but belong to
 * no one. The demo seeds its residents by these card numbers (or by the HMAC the demo's secret gives their ID
 * numbers).
 */
public final class DemoCards {

    public static final SsseCardData WANG_XIUYING = new SsseCardData(
            "D00000001", "110101194803150025", "王秀英", Gender.FEMALE, LocalDate.of(1948, 3, 15));
    public static final SsseCardData LI_JIANGUO = new SsseCardData(
            "D00000002", "44030619450101123X", "李建国", Gender.MALE, LocalDate.of(1945, 1, 1));
    public static final SsseCardData ZHANG_SAN = new SsseCardData(
            "D00000003", "320502195011200030", "张三", Gender.MALE, LocalDate.of(1950, 11, 20));

    /** The demo social worker, holder of the demo staff (PIV) card; its PIN is {@value #STAFF_PIN}. */
    public static final String STAFF_NAME = "张丽";
    public static final String STAFF_PIN = "123456";

    /** A community tag bound at the counter. */
    public static final String COMMUNITY_TAG_UID = "04A1B2C3D4E5F6";

    private DemoCards() {
    }

    public static List<SsseCardData> residents() {
        return List.of(WANG_XIUYING, LI_JIANGUO, ZHANG_SAN);
    }

    public static SimulatedCard resident(SsseCardData data) {
        return SimulatedCards.socialSecurity(data);
    }

    /** A new simulated PIV card of {@value #STAFF_NAME} with the fixed demo key (five PIN tries). */
    public static SimulatedCard staff() {
        throw new UnsupportedOperationException("PIV simulator: coming next");
    }

    /** The demo staff card's certificate (DER), to register the demo staff member on a server. */
    public static byte[] staffCertificate() {
        throw new UnsupportedOperationException("PIV simulator: coming next");
    }

    /** The demo staff card's key fingerprint (SHA-256 of its SubjectPublicKeyInfo, lower-case hex). */
    public static String staffKeyFingerprint() {
        throw new UnsupportedOperationException("PIV simulator: coming next");
    }

    public static SimulatedCard communityTag() {
        return SimulatedCards.contactless(COMMUNITY_TAG_UID);
    }

    /** A card the kiosk does not support, to show the "card not registered" path. */
    public static SimulatedCard foreignCard() {
        return SimulatedCards.unknown();
    }
}
