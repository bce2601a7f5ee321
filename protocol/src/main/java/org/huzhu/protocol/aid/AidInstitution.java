package org.huzhu.protocol.aid;

/**
 * A charity or a hospital as a counter chooses among them for an application (docs/protocol.md §12): only those that
 * may act now (audited, not suspended). The encryption key is what the counter seals the application's documents to,
 * so only the charity can read them.
 *
 * @param kind             {@code charity} or {@code hospital}
 * @param encryptionScheme {@code hpke-x25519-sha256-aes128gcm} or {@code sm2-c1c3c2}
 * @param encryptionKey    base64 SubjectPublicKeyInfo of the institution's encryption key
 */
public record AidInstitution(String institutionId, String kind, String name, String encryptionScheme,
        String encryptionKey) {

    public static final String CHARITY = "charity";
    public static final String HOSPITAL = "hospital";

    public boolean charity() {
        return CHARITY.equals(kind);
    }
}
