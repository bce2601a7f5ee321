package org.huzhu.kiosk.staff;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;

/** Checks a staff card's signature the way a verifier of the journal would: with the certificate's public key. */
final class StaffSignatures {

    private StaffSignatures() {
    }

    /** Whether {@code signature} (DER ECDSA) signs {@code data} as SHA256withECDSA under {@code certificate}'s key. */
    static boolean verify(byte[] certificate, byte[] data, byte[] signature) throws GeneralSecurityException {
        X509Certificate x509 = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(certificate));
        Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(x509.getPublicKey());
        verifier.update(data);
        return verifier.verify(signature);
    }
}
