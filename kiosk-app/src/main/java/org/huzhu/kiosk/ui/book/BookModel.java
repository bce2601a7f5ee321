package org.huzhu.kiosk.ui.book;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.huzhu.kiosk.community.Service;

/** The services on offer and which page of them is shown. */
final class BookModel {

    final ObjectProperty<List<Service>> services = new SimpleObjectProperty<>(List.of());
    final IntegerProperty page = new SimpleIntegerProperty(0);
}
