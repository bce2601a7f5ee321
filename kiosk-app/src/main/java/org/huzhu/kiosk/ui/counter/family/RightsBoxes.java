package org.huzhu.kiosk.ui.counter.family;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.VBox;
import org.huzhu.kiosk.community.FamilyRights;
import org.huzhu.protocol.authority.FamilyRight;
import org.huzhu.themes.StyleClasses;

/**
 * One direction of a family link as three large boxes under a heading ("What 李建国 may do for 王秀英"): book for them,
 * use their time, receive time from them. Shared by the link screen (rights chosen before linking) and the family
 * screen (rights changed later). Stateless.
 */
final class RightsBoxes {

    /** The boxes' order and their words. */
    private static final List<FamilyRight> ORDER = List.of(FamilyRight.BOOK, FamilyRight.REDEEM,
            FamilyRight.RECEIVE);
    private static final Map<FamilyRight, String> WORDS = Map.of(FamilyRight.BOOK, "counter.familyRights.book",
            FamilyRight.REDEEM, "counter.familyRights.redeem", FamilyRight.RECEIVE, "counter.familyRights.receive");

    private RightsBoxes() {
    }

    /**
     * @param id     the boxes' ids are {@code id-book}, {@code id-redeem}, {@code id-receive}
     * @param onTick told each tick, with the right and whether it is now on
     */
    static VBox of(String id, Node heading, FamilyRights rights, Function<String, String> words,
            ObservableBooleanValue disabled, BiConsumer<FamilyRight, Boolean> onTick) {
        VBox column = new VBox(heading);
        column.setStyle("-fx-spacing: 0.5em;"); // targets at least 8 px apart
        for (FamilyRight right : ORDER) {
            CheckBox box = new CheckBox(words.apply(WORDS.get(right)));
            box.setId(id + "-" + right.key());
            box.getStyleClass().add(StyleClasses.FORM_FIELD);
            box.setWrapText(true);
            box.setSelected(rights.holds(right));
            box.disableProperty().bind(disabled);
            box.setOnAction(event -> onTick.accept(right, box.isSelected()));
            column.getChildren().add(box);
        }
        return column;
    }

    /** {@code rights} with {@code right} set to {@code on}. */
    static FamilyRights with(FamilyRights rights, FamilyRight right, boolean on) {
        return new FamilyRights(right == FamilyRight.BOOK ? on : rights.mayBook(),
                right == FamilyRight.REDEEM ? on : rights.mayRedeem(),
                right == FamilyRight.RECEIVE ? on : rights.mayReceive());
    }
}
