package org.huzhu.kiosk.ui.book;

import java.util.List;
import java.util.Map;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.huzhu.kiosk.community.Service;
import org.huzhu.kiosk.community.ServiceRating;

/** The services on offer and which page of them is shown. */
final class BookModel {

    final ObjectProperty<List<Service>> services = new SimpleObjectProperty<>(List.of());
    final IntegerProperty page = new SimpleIntegerProperty(0);
    /** What residents said of each service, by code; absent when nobody rated it (issue 12 part 7). */
    final ObjectProperty<Map<String, ServiceRating>> ratings = new SimpleObjectProperty<>(Map.of());
}
