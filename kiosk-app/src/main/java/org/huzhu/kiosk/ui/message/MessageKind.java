package org.huzhu.kiosk.ui.message;

/** The plain-words messages a tap can lead to; each names its title and body texts. */
public enum MessageKind {
    NOT_REGISTERED("message.notRegistered"),
    TAP_AGAIN("message.tapAgain"),
    UNSUPPORTED("message.unsupported"),
    CARD_REPLACED("message.cardReplaced"),
    ACCOUNT_CLOSED("message.accountClosed"),
    STAFF_CARD_REMOVED("message.staffRemoved"),
    SYSTEM_PROBLEM("message.systemProblem"),
    /** The camera did not sign anyone in (issue 14): never "not recognised", only what to do. */
    TAP_CARD_INSTEAD("message.tapCardInstead"),
    NO_CAMERA("message.noCamera");

    private final String keyPrefix;

    MessageKind(String keyPrefix) {
        this.keyPrefix = keyPrefix;
    }

    String titleKey() {
        return keyPrefix + ".title";
    }

    String bodyKey() {
        return keyPrefix + ".body";
    }
}
