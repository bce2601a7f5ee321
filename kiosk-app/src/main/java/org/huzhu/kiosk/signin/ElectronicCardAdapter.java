package org.huzhu.kiosk.signin;

/**
 * What a deployment implements to let residents sign in with the national electronic social-security card's QR code
 * (电子社保卡, issue 14 part 6 a). That code is an opaque token only the issuing platform can check, online; no public
 * format was found, so <strong>no adapter ships</strong> with Huzhu: a deployment that has an agreement with its
 * platform writes one and passes it to {@link CodeSignIn}. Implementations must be thread-safe; {@link #check} is
 * called on a worker thread, never the FX thread.
 */
public interface ElectronicCardAdapter {

    /**
     * Whether {@code scannedText} has the shape of this platform's codes (offline, cheap: a prefix, a length, an
     * alphabet). Our own resident codes ({@code HZ1:…}) are recognised before this is asked.
     */
    boolean recognises(String scannedText);

    /**
     * Asks the issuing platform about the token and answers with the card pseudonym this kiosk binds residents by:
     * {@code HMAC-SHA-256(deployment secret, ID number)} in lower-case hex (ADR 0007; the card driver's
     * {@code IdNumberHasher.hmacHex} of the ID number's bytes). The ID number itself must not leave the adapter.
     * Must return within a few seconds (a resident is waiting): time out and answer {@link Answer.Unavailable}.
     */
    Answer check(String scannedText);

    /** The platform's answer. */
    sealed interface Answer {

        /** A valid e-card of the person whose ID number has the pseudonym {@code cardKey}. */
        record Verified(String cardKey) implements Answer {
        }

        /** The platform says no (expired, revoked, not an e-card); {@code reason} is for the log only. */
        record Refused(String reason) implements Answer {
        }

        /** The platform could not be asked; {@code reason} is for the log only. */
        record Unavailable(String reason) implements Answer {
        }
    }
}
