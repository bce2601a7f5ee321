package org.huzhu.devices.card.profile;

import org.huzhu.devices.card.apdu.Commands;

/**
 * Where one field lives on a card: the READ RECORD parameters and the simple-TLV tag the record must carry.
 *
 * @param le expected response length 1..256; a card that has a different length says so with 6Cxx and gets asked again
 */
public record RecordField(String name, int p1, int p2, int le, int tag) {

    public RecordField {
        if (p1 < 0 || p1 > 0xFF || p2 < 0 || p2 > 0xFF || le < 1 || le > 256 || tag < 1 || tag > 0xFE) {
            throw new IllegalArgumentException(name + ": P1, P2, Le or tag out of range");
        }
    }

    public byte[] readCommand() {
        return Commands.readRecord(p1, p2, le);
    }
}
