package org.huzhu.protocol.crypto;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/**
 * SM2 signatures over SM3 (GB/T 32918, with the standard's default signer ID {@code 1234567812345678}) on curve
 * sm2p256v1, SM3 chaining (GB/T 32905): the suite Chinese social-security deployments require.
 */
public final class Sm2Sm3Suite extends JcaSuite implements SignatureSuite {

    public static final String ID = "sm2-sm3";

    Sm2Sm3Suite() {
        // Keys: id-ecPublicKey on the named curve sm2p256v1 only (docs/protocol.md §1), not any EC curve.
        super("SM3withSM2", "1.2.156.10197.1.501", "SM3", "EC",
                new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey, GMObjectIdentifiers.sm2p256v1));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public KeyPair generateKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BOUNCY_CASTLE);
            generator.initialize(new ECGenParameterSpec("sm2p256v1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw missing(e);
        }
    }
}
