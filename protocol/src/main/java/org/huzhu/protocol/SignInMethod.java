package org.huzhu.protocol;

import com.fasterxml.jackson.annotation.JsonValue;

/** How the person who authorised a transaction proved who they are. */
public enum SignInMethod {
    CARD("card"),
    FACE("face"),
    /**
     * A resident code (docs/protocol.md §13): the actor's hash is the code's pseudonym
     * ({@code SignedResidentCode.actorHash}), which the server registered for the resident when it issued the code.
     */
    RESIDENT_CODE("resident-code"),
    /**
     * The national electronic social-security card's QR code, checked online by its issuing platform through a
     * deployment's adapter; the actor's hash is the card pseudonym, as for {@link #CARD}.
     */
    E_CARD("e-card"),
    STAFF_CARD_PIN("staff-card-pin"),
    /** No person: the kiosk itself (e.g. sample data, automatic cancellations). */
    SYSTEM("system");

    private final String wireName;

    SignInMethod(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    /**
     * Whether this sign-in proves less than the resident's card does: a face can be a look-alike's (the server cannot
     * check a face at all), and a code can be a photograph of someone else's. Giving many minutes away after such a
     * sign-in needs the card too ({@code SecondFactorPolicy}).
     */
    public boolean weak() {
        return this == FACE || this == RESIDENT_CODE;
    }
}
