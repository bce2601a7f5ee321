package org.huzhu.kiosk.ui.counter.welcome;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import org.huzhu.kiosk.ui.counter.kit.CounterView;
import org.huzhu.kiosk.ui.kit.UiText;

/** "Sign in with your staff card", how the two readers are used, why the last session ended, and "sign in again". */
final class WelcomeView extends CounterView {

    private final WelcomeModel model;
    private final WelcomeController controller;
    private final String howKey;

    WelcomeView(WelcomeModel model, UiText text, String howKey, WelcomeController controller) {
        super(text);
        this.model = model;
        this.howKey = howKey;
        this.controller = controller;
        refreshOnChange(model.notice);
        refreshOnChange(model.cardStillIn);
    }

    @Override
    protected String titleText() {
        return words("counter.welcome.title");
    }

    @Override
    protected void render() {
        VBox how = panel(wrapped(words(howKey), "welcome-body"));
        List<Node> nodes = new ArrayList<>();
        model.notice.get().ifPresent(notice -> nodes.add(emphasised(notice.in(text.messages()), "welcome-notice")));
        if (model.cardStillIn.get()) {
            nodes.add(wrapped(words("counter.welcome.again"), "welcome-card-still-in"));
        }
        nodes.add(how);
        showContent(nodes);
        List<Button> actions = new ArrayList<>();
        if (model.cardStillIn.get()) {
            actions.add(action("welcome-sign-in-again", words("counter.welcome.signInAgain"), true,
                    controller::onSignInAgain));
        }
        showActions(actions);
    }
}
