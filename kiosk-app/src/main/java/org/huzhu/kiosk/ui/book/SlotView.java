package org.huzhu.kiosk.ui.book;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.scene.control.Button;
import org.huzhu.kiosk.ui.session.Choices;
import org.huzhu.kiosk.ui.session.ResidentSession;
import org.huzhu.kiosk.ui.session.SessionView;
import org.huzhu.kiosk.ui.session.Words;

/** The free times of one day, each with how many places are left. */
final class SlotView extends SessionView {

    private final SlotModel model;
    private final ResidentSession session;
    private final SlotController controller;

    SlotView(SlotModel model, ResidentSession session, SlotController controller) {
        super(session.text(), session.navigator(), true);
        this.model = model;
        this.session = session;
        this.controller = controller;
        model.slots.addListener((observable, before, after) -> render());
    }

    @Override
    protected StringExpression titleText() {
        return Bindings.createStringBinding(() -> model.slots.get().isEmpty() ? ""
                : words("book.slot.title", Words.day(text.messages(), model.slots.get().getFirst().startsAt(),
                        session.zone())), text.languageProperty(), model.slots);
    }

    @Override
    protected void render() {
        var messages = text.messages();
        List<Button> tiles = model.slots.get().stream().limit(Choices.MAX).map(slot -> Choices.button(
                "slot-" + Words.time(messages, slot.startsAt(), session.zone()).replace(':', '-'),
                Words.time(messages, slot.startsAt(), session.zone()) + "\n" + words("book.slot.free", slot.free()),
                () -> controller.onSlot(slot))).toList();
        content.getChildren().setAll(Choices.grid(tiles));
    }
}
