package org.huzhu.kiosk.ui.home;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.kiosk.ui.kit.View;
import org.huzhu.themes.StyleClasses;

/** The signed-in resident's home: a greeting in their language and a way out. The service choices come next. */
final class HomeView extends View<VBox> {

    private final HomeModel model;
    private final UiText text;
    private final Label greeting = new Label();
    private final Label welcome = new Label();
    private final Button signOut = new Button();

    HomeView(HomeModel model, UiText text, HomeController controller) {
        super(new VBox(32));
        this.model = model;
        this.text = text;
        greeting.setId("home-greeting");
        greeting.getStyleClass().add(StyleClasses.TITLE);
        welcome.getStyleClass().add(StyleClasses.HEADING);
        signOut.setId("sign-out");
        signOut.setOnAction(event -> controller.onSignOut());
        root.setAlignment(Pos.CENTER);
        root.getChildren().addAll(greeting, welcome, signOut);
    }

    @Override
    protected void onAttached() {
        greeting.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> text.messages().format("home.greeting", model.residentName.get()),
                text.languageProperty(), model.residentName));
        welcome.textProperty().bind(text.text("home.welcome"));
        signOut.textProperty().bind(text.text("home.signOut"));
    }

    @Override
    protected void onDetached() {
        greeting.textProperty().unbind();
        welcome.textProperty().unbind();
        signOut.textProperty().unbind();
    }
}
