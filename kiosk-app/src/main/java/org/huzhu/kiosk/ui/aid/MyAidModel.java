package org.huzhu.kiosk.ui.aid;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.huzhu.kiosk.community.AidOrder;

/** The resident's aid orders, open ones first (empty until loaded), and the page of them shown. */
final class MyAidModel {

    final ObjectProperty<List<AidOrder>> orders = new SimpleObjectProperty<>(List.of());
    final IntegerProperty page = new SimpleIntegerProperty(0);
}
