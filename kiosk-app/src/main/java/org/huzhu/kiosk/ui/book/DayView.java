package org.huzhu.kiosk.ui.book;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.huzhu.kiosk.community.Service;
import org.huzhu.kiosk.ui.session.Choices;
import org.huzhu.kiosk.ui.session.Pages;
import org.huzhu.kiosk.ui.session.ResidentSession;
import org.huzhu.kiosk.ui.session.SessionView;
import org.huzhu.kiosk.ui.session.Words;

/** The next days with a free place, three a page, each saying how many times are free. */
final class DayView extends SessionView {

    private final DayModel model;
    private final ResidentSession session;
    private final Service service;
    private final DayController controller;

    DayView(DayModel model, ResidentSession session, Service service, DayController controller) {
        super(session.text(), session.navigator(), true);
        this.model = model;
        this.session = session;
        this.service = service;
        this.controller = controller;
        model.days.addListener((observable, before, after) -> render());
        model.page.addListener((observable, before, after) -> render());
    }

    @Override
    protected StringExpression titleText() {
        return Bindings.createStringBinding(() -> words("book.day.title", service.name(text.language())),
                text.languageProperty());
    }

    @Override
    protected void render() {
        var messages = text.messages();
        var days = List.copyOf(model.days.get().entrySet());
        List<Button> tiles = new ArrayList<>(Pages.slice(days, model.page.get(), DayController.PER_PAGE).stream()
                .map(day -> Choices.button("day-" + day.getKey(), Words.day(messages,
                        day.getValue().getFirst().startsAt(), session.zone()) + "\n"
                        + words("book.day.times", day.getValue().size()), () -> controller.onDay(day.getValue())))
                .toList());
        if (Pages.paged(days.size(), DayController.PER_PAGE)) {
            tiles.add(Choices.button("day-more", words("book.day.more"), controller::onMore));
        }
        Label hint = new Label(tiles.isEmpty() ? words("book.day.none") : words("book.day.hint"));
        hint.setWrapText(true);
        content.getChildren().setAll(hint, Choices.grid(tiles));
    }
}
