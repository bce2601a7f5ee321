package org.huzhu.devices.card.piv;

import org.huzhu.devices.card.identity.StaffCardIdentity;
import org.huzhu.devices.card.tlv.CardDataException;

/** From a PIV Authentication certificate to the staff identity and key. Stateless. */
public final class StaffCertificates {

    private StaffCertificates() {
    }

    /**
     * The identity a DER certificate stands for: subject CN (or whole subject), key fingerprint over the
     * SubjectPublicKeyInfo. Only P-256 keys are accepted.
     */
    public static StaffCardIdentity identity(byte[] certificateDer) throws CardDataException {
        CertificateParts parts = CertificateParts.of(certificateDer);
        P256PublicKey key = P256PublicKey.fromSubjectPublicKeyInfo(parts.subjectPublicKeyInfo());
        return new StaffCardIdentity(DistinguishedNames.holderName(parts.subject()), certificateDer,
                key.fingerprint());
    }

    /** The P-256 key of a certificate (e.g. one a {@link StaffCardIdentity} carries). */
    public static P256PublicKey publicKey(byte[] certificateDer) throws CardDataException {
        return P256PublicKey.fromSubjectPublicKeyInfo(CertificateParts.of(certificateDer).subjectPublicKeyInfo());
    }
}
