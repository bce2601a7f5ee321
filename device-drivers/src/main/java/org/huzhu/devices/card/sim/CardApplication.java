package org.huzhu.devices.card.sim;

import java.util.List;

/**
 * An application on a simulated card: its AID / DF name and its files.
 *
 * @param pin the application's PIN (ASCII digits) checked by VERIFY, or null if it has none
 */
public record CardApplication(byte[] name, List<CardFile> files, byte[] pin) {

    public CardApplication {
        name = name.clone();
        files = List.copyOf(files);
        pin = pin == null ? null : pin.clone();
    }

    @Override
    public byte[] name() {
        return name.clone();
    }
}
