package org.huzhu.protocol;

import com.fasterxml.jackson.annotation.JsonValue;

/** How the person who authorised a transaction proved who they are. */
public enum SignInMethod {
    CARD("card"),
    FACE("face"),
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
}
