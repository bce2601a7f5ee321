package org.huzhu.devices.card.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.Signature;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.huzhu.devices.card.reader.StaffCardException;
import org.huzhu.devices.card.sim.P256KeyPairs;
import org.huzhu.devices.card.sim.PivApplet;
import org.huzhu.devices.card.sim.SimulatedCard;
import org.huzhu.devices.card.sim.SimulatedCards;
import org.huzhu.devices.card.sim.StaffCertificateFactory;

/**
 * TEST SUPPORT. A simulated PIV staff card with a key pair of its own, and the checks the staff session tests share.
 */
public final class StaffCards {

    public static final String PIN = "246810";
    public static final String HOLDER = "Test Staff";

    public final KeyPair keys = P256KeyPairs.generate();
    public final PivApplet applet = new PivApplet(keys, StaffCertificateFactory.selfSigned(HOLDER, keys), PIN);

    /** A new card holding this test's applet (so the test can watch its PIN state). */
    public SimulatedCard card() {
        return SimulatedCards.piv(applet);
    }

    /** Signs {@code data}'s SHA-256 in {@code signing} and checks the signature as SHA256withECDSA over the data. */
    public void assertSignatureVerifies(byte[] data, CompletableFuture<byte[]> signing, Duration wait) throws Exception {
        byte[] signature = signing.get(wait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(keys.getPublic());
        verifier.update(data);
        assertThat(verifier.verify(signature)).as("signature verifies with the card's public key").isTrue();
    }

    public static byte[] sha256(byte[] data) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(data);
    }

    public static byte[] action(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The signing failed with a {@link StaffCardException} of {@code reason}. */
    public static void assertFailsWith(CompletableFuture<byte[]> signing, StaffCardException.Reason reason,
                                       Duration wait) {
        assertThat(signing).failsWithin(wait).withThrowableOfType(ExecutionException.class)
                .havingCause().isInstanceOfSatisfying(StaffCardException.class,
                        e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
