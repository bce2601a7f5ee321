package org.huzhu.kiosk.ui.book;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.StringExpression;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.huzhu.kiosk.community.Service;
import org.huzhu.kiosk.community.ServiceRating;
import org.huzhu.kiosk.ui.session.Choices;
import org.huzhu.kiosk.ui.session.Pages;
import org.huzhu.kiosk.ui.session.ResidentSession;
import org.huzhu.kiosk.ui.session.SessionView;
import org.huzhu.kiosk.ui.session.Words;

/** One tile per service with what it costs, three to a page, and "more services" when there are more. */
final class BookView extends SessionView {

    private final BookModel model;
    private final BookController controller;

    BookView(BookModel model, ResidentSession session, BookController controller) {
        super(session.text(), session.navigator(), true);
        this.model = model;
        this.controller = controller;
        model.services.addListener((observable, before, after) -> render());
        model.page.addListener((observable, before, after) -> render());
    }

    @Override
    protected StringExpression titleText() {
        return text.text("book.title");
    }

    @Override
    protected void render() {
        var messages = text.messages();
        List<Service> services = model.services.get();
        List<Button> tiles = new ArrayList<>();
        for (Service service : Pages.slice(services, model.page.get(), BookController.PER_PAGE)) {
            tiles.add(Choices.button("service-" + service.code(), service.name(messages.language()) + "\n"
                    + Words.cost(messages, service.costMinutes(), service.costFen()) + rating(service),
                    () -> controller.onService(service)));
        }
        if (Pages.paged(services.size(), BookController.PER_PAGE)) {
            Button more = Choices.button("book-more", words("book.more"), controller::onMore);
            tiles.add(more);
        }
        Label hint = new Label(services.isEmpty() ? words("book.none") : words("book.hint"));
        hint.setWrapText(true);
        content.getChildren().setAll(hint, Choices.grid(tiles));
    }

    /** "\n4.6 from 38 residents" under the cost, or nothing when nobody rated the service (issue 12 part 7). */
    private String rating(Service service) {
        ServiceRating rating = model.ratings.get().get(service.code());
        return rating == null ? "" : "\n" + words("book.rating", rating.average(), rating.ratings());
    }
}
