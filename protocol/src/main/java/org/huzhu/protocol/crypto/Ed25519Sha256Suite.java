package org.huzhu.protocol.crypto;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.NoSuchProviderException;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/** Ed25519 signatures (RFC 8032), SHA-256 chaining. The default suite. */
public final class Ed25519Sha256Suite extends JcaSuite implements SignatureSuite {

    public static final String ID = "ed25519-sha256";

    Ed25519Sha256Suite() {
        super("Ed25519", "1.3.101.112", "SHA-256", "Ed25519",
                new AlgorithmIdentifier(EdECObjectIdentifiers.id_Ed25519));
    }

    /**
     * The JDK's SHA-256: the same bytes as BouncyCastle's, about 7 times faster where the CPU has SHA instructions,
     * which the JDK uses and BouncyCastle does not (ADR 0010). Hashing is most of a request's cost after the signature.
     */
    @Override
    MessageDigest newDigest(String algorithm) throws NoSuchAlgorithmException, NoSuchProviderException {
        return MessageDigest.getInstance(algorithm, "SUN");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public KeyPair generateKeyPair() {
        try {
            return KeyPairGenerator.getInstance("Ed25519", BOUNCY_CASTLE).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw missing(e);
        }
    }
}
