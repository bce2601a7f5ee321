package org.huzhu.devices.card.apdu;

/** The standard stack of wrappers every card read goes through. */
public final class ApduChannels {

    private ApduChannels() {
    }

    /**
     * GET RESPONSE on the outside (so a re-sent command's 61xx is collected too), the Le retry next, and the log
     * innermost, so the log shows every APDU that really crossed the wire.
     */
    public static ApduChannel standard(ApduChannel wire, String readerName) {
        return new GetResponseChannel(new WrongLengthRetryChannel(new LoggingChannel(wire, readerName)));
    }
}
