package org.huzhu.protocol.crypto;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.InvalidKeySpecException;

/**
 * A signature algorithm and the hash that chains transactions, chosen per deployment and named in every envelope.
 * All the cryptography is BouncyCastle's (through JCA); nothing is implemented here. Implementations are stateless and
 * thread-safe.
 */
public sealed interface SignatureSuite permits Ed25519Sha256Suite, Sm2Sm3Suite {

    /** The name in envelopes and configuration, e.g. {@code ed25519-sha256}. */
    String id();

    /** The chaining hash (32 bytes for both suites). */
    byte[] hash(byte[] data);

    byte[] sign(PrivateKey key, byte[] data) throws KeyMismatchException;

    /** False for a wrong or malformed signature; never throws for hostile signature bytes. */
    boolean verify(PublicKey key, byte[] data, byte[] signature);

    KeyPair generateKeyPair();

    /**
     * Reads an X.509 SubjectPublicKeyInfo encoding, as {@link PublicKey#getEncoded()} writes it.
     *
     * @throws InvalidKeySpecException malformed, or a key of another algorithm or curve than this suite's
     */
    PublicKey decodePublicKey(byte[] encoded) throws InvalidKeySpecException;

    /** JCA name of the signature algorithm, for self-signed certificates in the kiosk's key store. */
    String jcaSignatureAlgorithm();

    /** ASN.1 object identifier of the signature algorithm, as certificates name it. */
    String signatureAlgorithmOid();
}
