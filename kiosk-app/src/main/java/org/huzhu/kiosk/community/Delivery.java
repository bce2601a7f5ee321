package org.huzhu.kiosk.community;

/** How far the server has got with a recorded action, in the words a resident needs. */
public enum Delivery {
    /** Recorded here and safe; the server has not answered yet. */
    WAITING_FOR_SERVER,
    ACCEPTED,
    /** The server refused it (another kiosk took the last place, the balance had changed): nothing happened. */
    REFUSED;

    static Delivery fromOutbox(String state) {
        return switch (state) {
            case "accepted" -> ACCEPTED;
            case "rejected" -> REFUSED;
            default -> WAITING_FOR_SERVER;
        };
    }
}
