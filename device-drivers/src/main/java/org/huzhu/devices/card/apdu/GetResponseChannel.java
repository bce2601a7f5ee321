package org.huzhu.devices.card.apdu;

import java.io.ByteArrayOutputStream;

/**
 * Collects response data a T=0 card announces with SW 61xx ("xx more bytes available") by sending GET RESPONSE until
 * the card answers with another status word. The caller sees one response: all data, the final status word.
 *
 * <p>Bounded: a card that keeps answering 61xx gets {@value #MAX_GET_RESPONSES} GET RESPONSEs and then a
 * {@link CardIOException.Reason#PROTOCOL} error, so a broken card cannot hold a reader thread forever.
 *
 * <p>Not thread-safe; owned by the reader thread like the channel it wraps.
 */
public final class GetResponseChannel implements ApduChannel {

    static final int MAX_GET_RESPONSES = 32;

    private final ApduChannel inner;

    public GetResponseChannel(ApduChannel inner) {
        this.inner = inner;
    }

    @Override
    public byte[] transmit(byte[] command) throws CardIOException {
        Response response = Response.parse(inner.transmit(command));
        if (response.sw1() != 0x61) {
            return Bytes.withStatus(response.data(), response.sw());
        }
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes(response.data());
        for (int round = 0; round < MAX_GET_RESPONSES; round++) {
            int available = response.sw2() == 0 ? 256 : response.sw2();
            response = Response.parse(inner.transmit(
                    Commands.command(channelClass(command), Commands.INS_GET_RESPONSE, 0, 0, new byte[0], available)));
            data.writeBytes(response.data());
            if (response.sw1() != 0x61) {
                return Bytes.withStatus(data.toByteArray(), response.sw());
            }
        }
        throw new CardIOException(CardIOException.Reason.PROTOCOL,
                "card still announces more data after " + MAX_GET_RESPONSES + " GET RESPONSE commands");
    }

    /** GET RESPONSE is an inter-industry command: CLA 00 plus the logical channel bits of the original command. */
    private static int channelClass(byte[] command) {
        int cla = command.length > 0 ? command[0] & 0xFF : 0;
        return (cla & 0x80) == 0 ? cla & 0x03 : 0x00;
    }
}
