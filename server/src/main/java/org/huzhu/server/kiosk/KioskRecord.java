package org.huzhu.server.kiosk;

import java.security.PublicKey;
import java.util.Optional;
import org.huzhu.protocol.crypto.SignatureSuite;
import org.huzhu.protocol.sync.ChainHead;

/**
 * An enrolled kiosk as the server holds it: its key, whether it may still talk to us, and its chain head.
 *
 * @param hospitalId the hospital (an institution id) a hospital desk station was enrolled for; empty elsewhere
 */
public record KioskRecord(String kioskId, SignatureSuite suite, PublicKey publicKey, boolean active, ChainHead head,
        Optional<String> hospitalId) {
}
