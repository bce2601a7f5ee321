package org.huzhu.kiosk.residents;

/** The kinds of card a resident can be bound to; the name is what the database stores. */
public enum CardKind {
    SOCIAL_SECURITY("social-security"),
    CONTACTLESS("contactless");

    private final String column;

    CardKind(String column) {
        this.column = column;
    }

    String column() {
        return column;
    }
}
