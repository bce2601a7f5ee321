package org.huzhu.kiosk.signin;

import java.time.Instant;
import java.util.Objects;
import org.huzhu.kiosk.residents.Resident;
import org.huzhu.protocol.Actor;

/**
 * What a code scanned by the camera came to ({@link CodeSignIn#signIn}): a resident signed in, or a refusal the
 * screen says in plain words ({@link Reason#messageKey()}, in both languages) with what to do next, never the
 * technical reason (that goes to the log); the card always works.
 */
public sealed interface CodeSignInOutcome {

    /**
     * A resident signed in by a code: {@code actor} signs what they confirm in this session.
     *
     * @param actor     method {@code resident-code} (our code; its hash the code's pseudonym) or {@code e-card} (the
     *                  national electronic social-security card; its hash the card pseudonym)
     * @param expiresAt when a resident code stops working (the session should not outlive it); {@link Instant#MAX}
     *                  for an e-card
     */
    record SignedIn(Resident resident, Actor actor, Instant expiresAt) implements CodeSignInOutcome {
        public SignedIn {
            Objects.requireNonNull(resident);
            Objects.requireNonNull(actor);
            Objects.requireNonNull(expiresAt);
        }
    }

    /** Nobody signed in, for {@code reason}. */
    record Refused(Reason reason) implements CodeSignInOutcome {
        public Refused {
            Objects.requireNonNull(reason);
        }
    }

    /** Why a code signed nobody in; each has words for the resident under {@link #messageKey()}. */
    enum Reason {
        /** Our code, past its expiry (with the clock allowance): "this code has expired — please ask at the counter". */
        EXPIRED("signin.code.expired"),
        /** Our code, revoked at the counter (the snapshot said so). */
        REVOKED("signin.code.revoked"),
        /** Our code, issued later than this kiosk's clock allows: the kiosk's clock is far behind. */
        NOT_YET_VALID("signin.code.not-yet-valid"),
        /** Our code, genuine, but of another community than this kiosk's. */
        OTHER_COMMUNITY("signin.code.other-community"),
        /** Malformed, forged or another server's code, or a text of no known shape (a web link, a payment code). */
        UNREADABLE("signin.code.unreadable"),
        /** A genuine code or e-card of a resident this kiosk's snapshot does not list (enrolled since its last sync). */
        NOT_KNOWN_HERE("signin.code.not-known-here"),
        /** The resident's account was closed. */
        ACCOUNT_CLOSED("signin.code.account-closed"),
        /** This kiosk has no server key to check codes with (never enrolled). */
        NOT_READY("signin.code.not-ready"),
        /** An e-card code, and this deployment has no adapter for the issuing platform (none ships). */
        E_CARD_NOT_SUPPORTED("signin.ecard.not-supported"),
        /** The issuing platform refused the e-card code (expired, revoked, unknown). */
        E_CARD_REFUSED("signin.ecard.refused"),
        /** The issuing platform could not be asked (offline, timed out): try again later or tap the card. */
        E_CARD_UNAVAILABLE("signin.ecard.unavailable"),
        /** The kiosk failed (its database); the cause is logged. */
        SYSTEM_PROBLEM("signin.code.unreadable");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }
}
