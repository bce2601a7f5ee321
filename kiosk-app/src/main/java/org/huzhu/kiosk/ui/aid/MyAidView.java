package org.huzhu.kiosk.ui.aid;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.StringExpression;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.huzhu.kiosk.community.AidOrder;
import org.huzhu.kiosk.ui.session.Pages;
import org.huzhu.kiosk.ui.session.ResidentSession;
import org.huzhu.kiosk.ui.session.SessionView;
import org.huzhu.themes.StyleClasses;

/**
 * One panel per aid order, {@link MyAidController#PER_PAGE} to a page, each its sentences in body type
 * ({@code aid-N-S}: order N on the page, sentence S); when there are more orders, "More aid" is the screen's main
 * action, between Back and Home.
 */
final class MyAidView extends SessionView {

    private final MyAidModel model;
    private final ResidentSession session;
    private final Button more;

    MyAidView(MyAidModel model, ResidentSession session, MyAidController controller) {
        super(session.text(), session.navigator(), true);
        this.model = model;
        this.session = session;
        more = primaryAction("aid-more", controller::onMore);
        model.orders.addListener((observable, before, after) -> render());
        model.page.addListener((observable, before, after) -> render());
    }

    @Override
    protected StringExpression titleText() {
        return text.text("aid.title");
    }

    @Override
    protected void render() {
        List<AidOrder> orders = model.orders.get();
        more.setText(words("aid.more"));
        more.setVisible(Pages.paged(orders.size(), MyAidController.PER_PAGE));
        List<Node> panels = new ArrayList<>();
        List<AidOrder> shown = Pages.slice(orders, model.page.get(), MyAidController.PER_PAGE);
        for (int i = 0; i < shown.size(); i++) {
            panels.add(panel(i, AidWords.sentences(text.messages(), shown.get(i), session.zone())));
        }
        content.getChildren().setAll(panels);
    }

    private static VBox panel(int index, List<String> sentences) {
        VBox panel = new VBox(8);
        panel.setId("aid-" + index);
        panel.getStyleClass().add(StyleClasses.PANEL);
        panel.setMaxWidth(Double.MAX_VALUE);
        for (int s = 0; s < sentences.size(); s++) {
            Label sentence = new Label(sentences.get(s));
            sentence.setId("aid-" + index + "-" + s);
            sentence.setWrapText(true);
            sentence.setMinHeight(Region.USE_PREF_SIZE); // as many lines as it needs, never cut short
            panel.getChildren().add(sentence);
        }
        return panel;
    }
}
