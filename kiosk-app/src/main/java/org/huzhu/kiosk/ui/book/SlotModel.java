package org.huzhu.kiosk.ui.book;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.huzhu.kiosk.community.Slot;

/** The free times of the chosen day. */
final class SlotModel {

    final ObjectProperty<List<Slot>> slots = new SimpleObjectProperty<>(List.of());
}
