package org.huzhu.kiosk.signin;

import java.util.regex.Pattern;

/**
 * Tells the kinds of scanned text apart by their shape alone, before anything is verified: our resident code starts
 * with {@code HZ1:} ({@code ResidentCodes.PREFIX}); a deployment's e-card adapter recognises its platform's codes.
 * Without an adapter, a long opaque token of letters and digits (no scheme, no spaces) is taken to be an e-card code,
 * so the resident hears "not available here" rather than "not a code we know". Stateless.
 */
final class ScannedCodeShapes {

    /** No public format exists; these tokens are long and opaque. A web link or a short number is not one. */
    private static final Pattern OPAQUE_TOKEN = Pattern.compile("[A-Za-z0-9+/=_-]{32,512}");

    private ScannedCodeShapes() {
    }

    static boolean looksLikeElectronicCard(String text) {
        return OPAQUE_TOKEN.matcher(text).matches();
    }
}
