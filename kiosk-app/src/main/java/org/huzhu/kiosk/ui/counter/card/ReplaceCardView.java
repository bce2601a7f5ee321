package org.huzhu.kiosk.ui.counter.card;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import org.huzhu.kiosk.desk.CardReplacement;
import org.huzhu.kiosk.residents.Resident;
import org.huzhu.kiosk.ui.counter.kit.CounterView;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.themes.StyleClasses;

/**
 * Why the card is replaced (lost, damaged, stolen), what a replacement does (the old card stops working, the balance
 * stays), and "ask 王秀英 to tap the new card": the tap is the resident's confirmation. While it is signed, a spinner.
 */
final class ReplaceCardView extends CounterView {

    private final ReplaceCardModel model;
    private final Resident resident;
    private final ReplaceCardController controller;
    private final ToggleGroup reasons = new ToggleGroup();
    private final Map<CardReplacement.Why, ToggleButton> reasonButtons = new EnumMap<>(CardReplacement.Why.class);

    ReplaceCardView(ReplaceCardModel model, UiText text, Resident resident, ReplaceCardController controller) {
        super(text);
        this.model = model;
        this.resident = resident;
        this.controller = controller;
        for (CardReplacement.Why why : CardReplacement.Why.values()) {
            ToggleButton button = new ToggleButton();
            button.setId("replace-why-" + why.code());
            button.getStyleClass().add(StyleClasses.BUTTON_SECONDARY);
            button.setToggleGroup(reasons);
            button.setOnAction(event -> {
                button.setSelected(true); // one reason is always chosen
                controller.onWhy(why);
            });
            reasonButtons.put(why, button);
        }
        refreshOnChange(model.problem);
        refreshOnChange(model.working);
    }

    @Override
    protected String titleText() {
        return words("counter.replace.title", resident.displayName());
    }

    @Override
    protected void render() {
        showProblem(model.problem.get().map(problem -> problem.in(text.messages())));
        Label whyName = new Label(words("counter.replace.why"));
        whyName.getStyleClass().add(StyleClasses.MUTED);
        HBox whyRow = new HBox(whyName);
        reasonButtons.forEach((why, button) -> {
            button.setText(words("counter.replace.why." + why.code()));
            button.setSelected(why == model.why.get());
            button.setDisable(model.working.get());
            whyRow.getChildren().add(button);
        });
        whyRow.getStyleClass().add(StyleClasses.BUTTON_ROW);
        whyRow.setStyle("-fx-alignment: center-left;");
        List<Node> nodes = new ArrayList<>(List.of(whyRow,
                panel(wrapped(words("counter.replace.means", resident.displayName()), "replace-means")),
                panel(emphasised(words("counter.replace.tap", resident.displayName()), "replace-tap"))));
        if (model.working.get()) {
            nodes.add(busy(words("counter.enrol.recording"), "replace-recording"));
        }
        showContent(nodes);
        Button cancel = action("replace-cancel", words("counter.enrol.cancel"), false, controller::onCancel);
        cancel.setDisable(model.working.get());
        showActions(List.of(cancel));
    }
}
