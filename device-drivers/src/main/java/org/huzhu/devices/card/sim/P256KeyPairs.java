package org.huzhu.devices.card.sim;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import org.bouncycastle.jce.ECNamedCurveTable;

/** ECC P-256 key pairs for simulated PIV cards: random ones for tests, one from a fixed scalar for the demo. */
public final class P256KeyPairs {

    private static final String CURVE = "secp256r1";

    private P256KeyPairs() {
    }

    /** A new random key pair (each test its own card). */
    public static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec(CURVE));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the Java runtime cannot make P-256 keys", e);
        }
    }

    /**
     * The key pair of a given private scalar: the public point is d·G, computed with BouncyCastle (the JDK has no
     * public API for it). For fixed demo keys only.
     */
    public static KeyPair fromPrivateScalar(BigInteger d) {
        try {
            org.bouncycastle.math.ec.ECPoint q = ECNamedCurveTable.getParameterSpec(CURVE).getG().multiply(d).normalize();
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec(CURVE));
            ECParameterSpec curve = parameters.getParameterSpec(ECParameterSpec.class);
            KeyFactory factory = KeyFactory.getInstance("EC");
            ECPoint point = new ECPoint(q.getAffineXCoord().toBigInteger(), q.getAffineYCoord().toBigInteger());
            return new KeyPair(factory.generatePublic(new ECPublicKeySpec(point, curve)),
                    factory.generatePrivate(new ECPrivateKeySpec(d, curve)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the Java runtime cannot make P-256 keys", e);
        }
    }
}
