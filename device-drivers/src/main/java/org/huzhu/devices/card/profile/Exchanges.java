package org.huzhu.devices.card.profile;

import org.huzhu.devices.card.apdu.ApduChannel;
import org.huzhu.devices.card.apdu.CardIOException;
import org.huzhu.devices.card.apdu.Response;
import org.huzhu.devices.card.tlv.CardDataException;
import org.huzhu.devices.card.tlv.SimpleTlv;

/** Small helpers shared by the profiles: one command, one parsed response. */
final class Exchanges {

    private Exchanges() {
    }

    static Response send(ApduChannel channel, byte[] command) throws CardIOException {
        return Response.parse(channel.transmit(command));
    }

    /**
     * Whether a SELECT status means "this application or file is not on the card" (so another profile may fit)
     * rather than an error: not found, function not supported, wrong parameters, instruction or class not supported,
     * or the reader's own "no information".
     */
    static boolean isAbsent(int sw) {
        return sw == 0x6A82 || sw == 0x6A81 || sw == 0x6A86 || sw == 0x6D00 || sw == 0x6E00 || sw == 0x6999;
    }

    /** READ RECORD for {@code field}; anything but 9000 or a record that is not the expected TLV is an error. */
    static byte[] readField(ApduChannel channel, RecordField field) throws CardIOException, CardDataException {
        Response response = send(channel, field.readCommand());
        requireOk(response, field.name());
        return SimpleTlv.recordValue(response.data(), field.tag(), field.name());
    }

    static void requireOk(Response response, String what) throws CardDataException {
        if (!response.isOk()) {
            throw new CardDataException(CardDataException.Problem.UNEXPECTED_STATUS,
                    String.format("%s: card answered %04X", what, response.sw()));
        }
    }
}
