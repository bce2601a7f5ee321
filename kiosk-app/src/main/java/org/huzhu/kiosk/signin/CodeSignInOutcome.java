package org.huzhu.kiosk.signin;

import java.time.Instant;
import java.util.Objects;
import org.huzhu.kiosk.residents.Resident;
import org.huzhu.protocol.Actor;
import org.huzhu.protocol.residentcode.ResidentCodeException;

/**
 * What a code scanned by the camera came to ({@link CodeSignIn#signIn}). Every outcome but {@link SignedIn} is a
 * refusal the screen says in plain words ({@link Refused#messageKey()}, in both languages) with what to do next,
 * never the technical reason; the card always works.
 */
public sealed interface CodeSignInOutcome {

    /**
     * A resident signed in by a code: {@code actor} signs what they confirm in this session.
     *
     * @param actor     method {@code resident-code} (our code; its hash the code's pseudonym) or {@code e-card} (the
     *                  national electronic social-security card; its hash the card pseudonym)
     * @param expiresAt when a resident code stops working (the session should not outlive it); for an e-card the
     *                  sign-in time plus nothing: {@link Instant#MAX}
     */
    record SignedIn(Resident resident, Actor actor, Instant expiresAt) implements CodeSignInOutcome {
        public SignedIn {
            Objects.requireNonNull(resident);
            Objects.requireNonNull(actor);
            Objects.requireNonNull(expiresAt);
        }
    }

    /** A refusal, with the message key of its words for the resident. */
    sealed interface Refused extends CodeSignInOutcome {
        String messageKey();
    }

    /** Our code, past its expiry (with the clock allowance): "this code has expired — please ask at the counter". */
    record Expired(Instant expiredAt) implements Refused {
        public String messageKey() {
            return "signin.code.expired";
        }
    }

    /** Our code, revoked at the counter (the snapshot said so). */
    record Revoked() implements Refused {
        public String messageKey() {
            return "signin.code.revoked";
        }
    }

    /** Our code, issued later than this kiosk's clock allows: the kiosk clock is far behind. */
    record NotYetValid() implements Refused {
        public String messageKey() {
            return "signin.code.not-yet-valid";
        }
    }

    /** Our code, genuine, but for another community than this kiosk's. */
    record OtherCommunity() implements Refused {
        public String messageKey() {
            return "signin.code.other-community";
        }
    }

    /**
     * Not a code this kiosk can use: malformed, forged or another server's ({@code problem}, for the log), or a
     * text of no known shape (a web link, a payment code: {@code problem} empty).
     */
    record Unreadable(java.util.Optional<ResidentCodeException.Problem> problem) implements Refused {
        public Unreadable {
            Objects.requireNonNull(problem);
        }

        public String messageKey() {
            return "signin.code.unreadable";
        }
    }

    /** A genuine code or e-card of a resident this kiosk's snapshot does not list (enrolled after its last sync). */
    record NotKnownHere() implements Refused {
        public String messageKey() {
            return "signin.code.not-known-here";
        }
    }

    /** The resident's account was closed. */
    record AccountClosed(Resident resident) implements Refused {
        public String messageKey() {
            return "signin.code.account-closed";
        }
    }

    /** This kiosk has no server key to check codes with (never enrolled). */
    record NotReady() implements Refused {
        public String messageKey() {
            return "signin.code.not-ready";
        }
    }

    /** An e-card code, but this deployment has no adapter for the issuing platform (none ships). */
    record ElectronicCardNotSupported() implements Refused {
        public String messageKey() {
            return "signin.ecard.not-supported";
        }
    }

    /** The issuing platform refused the e-card code (expired, revoked, unknown). */
    record ElectronicCardRefused() implements Refused {
        public String messageKey() {
            return "signin.ecard.refused";
        }
    }

    /** The issuing platform could not be asked (offline, timed out): try again later or tap the card. */
    record ElectronicCardUnavailable() implements Refused {
        public String messageKey() {
            return "signin.ecard.unavailable";
        }
    }

    /** The kiosk failed (its database): say so plainly, log the cause. */
    record SystemProblem() implements Refused {
        public String messageKey() {
            return "signin.code.unreadable";
        }
    }
}
