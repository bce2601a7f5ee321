package org.huzhu.protocol.crypto;

import java.security.Provider;
import java.util.List;
import java.util.Optional;

/** The known suites, looked up by the id in an envelope or a configuration file. */
public final class SignatureSuites {

    public static final SignatureSuite ED25519_SHA256 = new Ed25519Sha256Suite();
    public static final SignatureSuite SM2_SM3 = new Sm2Sm3Suite();
    public static final List<SignatureSuite> ALL = List.of(ED25519_SHA256, SM2_SM3);

    private SignatureSuites() {
    }

    public static Optional<SignatureSuite> byId(String id) {
        return ALL.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The BouncyCastle provider the suites use, for key stores and certificates built around their keys. */
    public static Provider provider() {
        return JcaSuite.BOUNCY_CASTLE;
    }
}
