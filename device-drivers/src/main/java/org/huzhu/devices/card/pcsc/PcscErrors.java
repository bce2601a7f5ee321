package org.huzhu.devices.card.pcsc;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.smartcardio.CardException;
import jnasmartcardio.Smartcardio;
import org.huzhu.devices.card.apdu.CardIOException;

/**
 * Sorts PC/SC failures into what the kiosk does about them. jnasmartcardio carries the numeric PC/SC code; the JDK's
 * provider only names it in the message (e.g. "SCARD_E_NO_SERVICE"), so both are understood. Stateless.
 */
final class PcscErrors {

    private static final Pattern CODE_NAME = Pattern.compile("SCARD_[EFW]_[A-Z_]+");

    /** pcsc-lite's codes that mean "the service (or our context with it) is gone": reconnect. */
    private static final Map<Long, String> SERVICE_GONE = Map.of(
            0x8010001DL, "SCARD_E_NO_SERVICE",
            0x8010001EL, "SCARD_E_SERVICE_STOPPED",
            0x80100003L, "SCARD_E_INVALID_HANDLE",
            0x80100013L, "SCARD_F_COMM_ERROR");
    /** The reader is not (or no longer) there. */
    private static final Map<Long, String> READER_GONE = Map.of(
            0x80100017L, "SCARD_E_READER_UNAVAILABLE",
            0x80100009L, "SCARD_E_UNKNOWN_READER",
            0x8010002EL, "SCARD_E_NO_READERS_AVAILABLE");
    /** The card left or was reset under us. */
    private static final Map<Long, String> CARD_GONE = Map.of(
            0x8010000CL, "SCARD_E_NO_SMARTCARD",
            0x80100069L, "SCARD_W_REMOVED_CARD",
            0x80100068L, "SCARD_W_RESET_CARD");

    private PcscErrors() {
    }

    static CardIOException.Reason reason(CardException e) {
        Optional<Long> code = code(e);
        String name = code.map(PcscErrors::nameOf).orElseGet(() -> nameInMessages(e));
        if (SERVICE_GONE.containsValue(name)) {
            return CardIOException.Reason.SERVICE_UNAVAILABLE;
        }
        if (READER_GONE.containsValue(name)) {
            return CardIOException.Reason.READER_UNAVAILABLE;
        }
        if (CARD_GONE.containsValue(name) || e instanceof javax.smartcardio.CardNotPresentException) {
            return CardIOException.Reason.CARD_REMOVED;
        }
        return CardIOException.Reason.COMMUNICATION;
    }

    static boolean isServiceGone(CardException e) {
        return reason(e) == CardIOException.Reason.SERVICE_UNAVAILABLE;
    }

    static CardIOException toCardIOException(String what, CardException e) {
        return new CardIOException(reason(e), what + ": " + e.getMessage(), e);
    }

    private static Optional<Long> code(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Smartcardio.JnaPCSCException jna && jna.code != 0) {
                return Optional.of(jna.code & 0xFFFFFFFFL);
            }
            if (t instanceof Smartcardio.JnaCardNotPresentException jna) {
                return Optional.of(jna.code & 0xFFFFFFFFL);
            }
        }
        return Optional.empty();
    }

    private static String nameOf(long code) {
        for (Map<Long, String> names : java.util.List.of(SERVICE_GONE, READER_GONE, CARD_GONE)) {
            String name = names.get(code);
            if (name != null) {
                return name;
            }
        }
        return String.format("0x%08X", code);
    }

    private static String nameInMessages(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                Matcher matcher = CODE_NAME.matcher(t.getMessage());
                if (matcher.find()) {
                    return matcher.group();
                }
            }
        }
        return "";
    }
}
