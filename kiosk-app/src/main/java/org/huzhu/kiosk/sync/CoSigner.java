package org.huzhu.kiosk.sync;

import java.util.Map;
import org.huzhu.protocol.crypto.SignatureSuite;
import org.huzhu.protocol.sync.RequestSignature;

/**
 * Signs a request a second time, after the kiosk key did, and says in which headers the signature travels: the staff
 * card of a counter request (docs/protocol.md §11). May block (a card signs in a few hundred milliseconds).
 */
@FunctionalInterface
public interface CoSigner {

    /** No second signature: the kiosk's own requests. */
    CoSigner NONE = (suite, kioskSignature, method, pathAndQuery, body) -> Map.of();

    /**
     * @param kioskSignature the kiosk's signature of this very request (its timestamp and nonce are the request's)
     * @return the headers to add
     * @throws SyncException the second signature cannot be made; the request is not sent
     */
    Map<String, String> headers(SignatureSuite suite, RequestSignature kioskSignature, String method,
            String pathAndQuery, byte[] body) throws SyncException;
}
