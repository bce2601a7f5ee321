package org.huzhu.kiosk.ui.counter.kit;

import java.util.Optional;
import java.util.UUID;
import org.huzhu.kiosk.desk.ResidentFile;
import org.huzhu.kiosk.signin.CardHolder;

/** The ways between the counter's screens while a staff member is signed in. FX thread only. */
public interface DeskNavigator {

    /** The first screen of {@code place}, as its button in the navigation opens it. */
    void go(CounterPlace place);

    /** The residents screen, waiting for a card. */
    default void residents() {
        go(CounterPlace.RESIDENTS);
    }

    /** The residents screen with this resident's file open, and a line saying what just happened, if anything. */
    void resident(UUID residentId, Optional<Sentence> notice);

    /** Enrols a new resident; {@code alreadyRead}: their card was tapped already (it starts from their details). */
    void enrol(Optional<CardHolder> alreadyRead);

    /** Links a family member to the resident of {@code file}. */
    void linkFamily(ResidentFile file);

    /** The family of the resident of {@code file}: what each may do for the other, and ending a link. */
    void familyRights(ResidentFile file);

    /** Replaces the lost card of the resident of {@code file} by their new one. */
    void replaceCard(ResidentFile file);

    /** Books a service for the resident of {@code file}, paid from their minutes. */
    void bookFor(ResidentFile file);

    /** Closes the account of the resident of {@code file} (moved away, died). */
    void closeAccount(ResidentFile file);

    /** Records an application for aid from a charity with the resident of {@code file} (issue 13). */
    void applyForAid(ResidentFile file);

    /** Enrols or deletes the face the resident of {@code file} signs in with at kiosks (ADR 0019). */
    void faceSignIn(ResidentFile file);

    /** Issues, lists and revokes the sign-in codes (QR) of the resident of {@code file} (ADR 0018). */
    void signInCodes(ResidentFile file);

    /** A resident's statement from the server: balance, history, corrections, printing. */
    void statement(UUID residentId);
}
