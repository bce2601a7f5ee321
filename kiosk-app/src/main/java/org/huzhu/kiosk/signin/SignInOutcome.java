package org.huzhu.kiosk.signin;

import java.util.Objects;
import java.util.Optional;
import org.huzhu.kiosk.residents.Resident;
import org.huzhu.kiosk.staff.StaffCard;
import org.huzhu.protocol.Actor;

/** What a tap at the kiosk came to, in the kiosk's own terms. Delivered on device threads, never the FX thread. */
public sealed interface SignInOutcome {

    /** A card is on the reader and being read: show that something is happening. */
    record Reading() implements SignInOutcome {
    }

    /**
     * A known resident's card; {@code actor} signs what the resident confirms in this session.
     *
     * @param holder what a social-security card says (the counter checks which card of the resident it is); empty
     *               for a tag
     */
    record SignedIn(Resident resident, Actor actor, Optional<CardHolder> holder) implements SignInOutcome {

        public SignedIn {
            Objects.requireNonNull(holder);
        }
    }

    /**
     * A card the kiosk can read but that is bound to nobody: at a kiosk "please see the counter"; at the counter, the
     * start of an enrolment.
     *
     * @param holder what the card says of its holder, for a social-security card; empty for a contactless tag (it
     *               carries no name)
     */
    record NotRegistered(Optional<CardHolder> holder) implements SignInOutcome {

        public NotRegistered {
            Objects.requireNonNull(holder);
        }
    }

    /**
     * A resident's card that no longer works: their binding was moved to a new card ({@code card.replaced}). The
     * resident is named for staff at the counter; a kiosk signs nobody in with it.
     */
    record CardReplaced(Resident resident, Optional<CardHolder> holder) implements SignInOutcome {

        public CardReplaced {
            Objects.requireNonNull(holder);
        }
    }

    /**
     * A card of a resident whose account staff closed ({@code resident.closed}: moved away, died). The resident is
     * named for staff at the counter, who open the closed file; a kiosk signs nobody in with it and says, kindly, to
     * ask at the counter.
     */
    record AccountClosed(Resident resident, Optional<CardHolder> holder) implements SignInOutcome {

        public AccountClosed {
            Objects.requireNonNull(holder);
        }
    }

    /** A card of a kind the kiosk cannot use, or with broken data. */
    record Unsupported() implements SignInOutcome {
    }

    /** The card left before it was read: "please tap again". */
    record TapAgain() implements SignInOutcome {
    }

    /** A staff card was tapped: its holder signs in with their PIN ({@code StaffSignIn}), which opens a session. */
    record StaffCardTapped(StaffCard card) implements SignInOutcome {
    }

    /**
     * The staff card that was tapped on {@code readerName} left it (or the reader went away): whoever signed in with it
     * is signed out at once.
     */
    record StaffCardRemoved(String readerName) implements SignInOutcome {
    }

    /** The kiosk failed (its database): say so plainly, log the cause. */
    record SystemProblem() implements SignInOutcome {
    }

    /** Whether any card reader is usable; the service keeps retrying while none is. */
    record ReaderAvailability(boolean available) implements SignInOutcome {
    }
}
