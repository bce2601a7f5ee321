package org.huzhu.devices.card.sim;

import java.math.BigInteger;
import java.security.KeyPair;
import java.time.LocalDate;
import java.util.List;
import org.huzhu.devices.card.identity.Gender;
import org.huzhu.devices.card.piv.P256PublicKey;

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

    /**
     * DEMO ONLY, NOT SECRET: the private scalar of the demo staff card's P-256 key. Fixed so that the demo staff
     * member keeps the same key fingerprint on every start (the demo server knows her by it). Anyone can sign as the
     * demo card with it, which is exactly why no real deployment may register this key.
     */
    private static final BigInteger DEMO_STAFF_PRIVATE_SCALAR =
            new BigInteger("a62d646a54ed164e5f8beafac310596892963d25367a44ece72a5c69c941a486", 16);

    /** A new simulated PIV card of {@value #STAFF_NAME} with the fixed demo key (five PIN tries). */
    public static SimulatedCard staff() {
        return SimulatedCards.piv(new PivApplet(DemoStaffKey.KEYS, DemoStaffKey.CERTIFICATE, STAFF_PIN));
    }

    /** The demo staff card's certificate (DER), e.g. for {@code huzhu-server staff add --card-certificate}. */
    public static byte[] staffCertificate() {
        return DemoStaffKey.CERTIFICATE.clone();
    }

    /** The demo staff card's SubjectPublicKeyInfo (DER), the bytes its key fingerprint is the SHA-256 of. */
    public static byte[] staffSubjectPublicKeyInfo() {
        return DemoStaffKey.KEYS.getPublic().getEncoded();
    }

    /** The demo staff card's key fingerprint (SHA-256 of its SubjectPublicKeyInfo, 64 lower-case hex digits). */
    public static String staffKeyFingerprint() {
        return DemoStaffKey.FINGERPRINT;
    }

    /** Made on first use: the certificate takes an ECDSA signature, which only the staff card's users need. */
    private static final class DemoStaffKey {
        static final KeyPair KEYS = P256KeyPairs.fromPrivateScalar(DEMO_STAFF_PRIVATE_SCALAR);
        static final byte[] CERTIFICATE = StaffCertificateFactory.selfSigned(STAFF_NAME, KEYS);
        static final String FINGERPRINT = P256PublicKey.fingerprint(KEYS.getPublic().getEncoded());
    }

    /**
     * The demo hospital's receptionist (issue 13), holder of a staff card of her own with the role hospital-desk; the
     * same PIN as the demo social worker's, {@value #STAFF_PIN}.
     */
    public static final String HOSPITAL_STAFF_NAME = "陈静";

    /** DEMO ONLY, NOT SECRET, as {@link #DEMO_STAFF_PRIVATE_SCALAR}: the demo receptionist's card key. */
    private static final BigInteger DEMO_HOSPITAL_STAFF_PRIVATE_SCALAR =
            new BigInteger("3b6e1f0c9a87d5e4c2b1a09f8e7d6c5b4a392817f6e5d4c3b2a1908f7e6d5c4b", 16);

    /** A new simulated PIV card of {@value #HOSPITAL_STAFF_NAME} with the fixed demo key (five PIN tries). */
    public static SimulatedCard hospitalStaff() {
        return SimulatedCards.piv(new PivApplet(DemoHospitalStaffKey.KEYS, DemoHospitalStaffKey.CERTIFICATE,
                STAFF_PIN));
    }

    /** The demo receptionist's card certificate (DER), for the demo server's registry. */
    public static byte[] hospitalStaffCertificate() {
        return DemoHospitalStaffKey.CERTIFICATE.clone();
    }

    /** The demo receptionist's card SubjectPublicKeyInfo (DER). */
    public static byte[] hospitalStaffSubjectPublicKeyInfo() {
        return DemoHospitalStaffKey.KEYS.getPublic().getEncoded();
    }

    /** The demo receptionist's card key fingerprint (64 lower-case hex digits). */
    public static String hospitalStaffKeyFingerprint() {
        return DemoHospitalStaffKey.FINGERPRINT;
    }

    private static final class DemoHospitalStaffKey {
        static final KeyPair KEYS = P256KeyPairs.fromPrivateScalar(DEMO_HOSPITAL_STAFF_PRIVATE_SCALAR);
        static final byte[] CERTIFICATE = StaffCertificateFactory.selfSigned(HOSPITAL_STAFF_NAME, KEYS);
        static final String FINGERPRINT = P256PublicKey.fingerprint(KEYS.getPublic().getEncoded());
    }

    public static SimulatedCard communityTag() {
        return SimulatedCards.contactless(COMMUNITY_TAG_UID);
    }

    /** A card the kiosk does not support, to show the "card not registered" path. */
    public static SimulatedCard foreignCard() {
        return SimulatedCards.unknown();
    }
}
