package org.huzhu.kiosk.ui.demo;

import java.util.Objects;
import org.huzhu.kiosk.app.DemoDevices.DemoCard;

/**
 * A resident's demo card on the tray.
 *
 * @param id      names its button {@code demo-<id>}, for tests
 * @param textKey the words on its button
 */
public record TrayCard(DemoCard card, String id, String textKey) {

    public TrayCard {
        Objects.requireNonNull(card);
        Objects.requireNonNull(id);
        Objects.requireNonNull(textKey);
    }
}
