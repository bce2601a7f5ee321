package org.huzhu.devices.card.sim;

import java.util.List;

/**
 * A linear record file of a simulated card.
 *
 * @param fileId two-byte file identifier for SELECT (e.g. 0xEF06)
 * @param shortFileId short file identifier 1..30 for READ RECORD by SFI, 0 if none
 * @param records record 1 first; records are kept as given, so tests can store malformed ones
 */
public record CardFile(int fileId, int shortFileId, List<byte[]> records) {

    public CardFile {
        records = List.copyOf(records.stream().map(byte[]::clone).toList());
    }

    public static CardFile of(int fileId, int shortFileId, byte[]... records) {
        return new CardFile(fileId, shortFileId, List.of(records));
    }
}
