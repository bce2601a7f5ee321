package org.huzhu.devices.card.profile;

import org.huzhu.devices.card.apdu.ApduChannel;
import org.huzhu.devices.card.apdu.CardIOException;
import org.huzhu.devices.card.apdu.Response;
import org.huzhu.devices.card.apdu.StatusWords;
import org.huzhu.devices.card.tlv.CardDataException;
import org.huzhu.devices.card.tlv.SimpleTlv;

/** Small helpers shared by the profiles: one command, one parsed response. */
final class Exchanges {

    private Exchanges() {
    }

    static Response send(ApduChannel channel, byte[] command) throws CardIOException {
        return Response.parse(channel.transmit(command));
    }

    static boolean isAbsent(int sw) {
        return StatusWords.isAbsent(sw);
    }

    /** READ RECORD for {@code field}; anything but 9000 or a record that is not the expected TLV is an error. */
    static byte[] readField(ApduChannel channel, RecordField field) throws CardIOException, CardDataException {
        Response response = send(channel, field.readCommand());
        requireOk(response, field.name());
        return SimpleTlv.recordValue(response.data(), field.tag(), field.name());
    }

    static void requireOk(Response response, String what) throws CardDataException {
        if (!response.isOk()) {
            throw CardDataException.unexpectedStatus(what, response.sw());
        }
    }
}
