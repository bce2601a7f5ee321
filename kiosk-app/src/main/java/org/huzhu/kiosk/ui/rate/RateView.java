package org.huzhu.kiosk.ui.rate;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.huzhu.kiosk.community.Booking;
import org.huzhu.kiosk.ui.session.ResidentSession;
import org.huzhu.kiosk.ui.session.SessionView;
import org.huzhu.kiosk.ui.session.Words;
import org.huzhu.themes.StyleClasses;

/**
 * The service and its day, three large faces in a row (each a button with its word under the face), and "Skip"
 * below them. No Back or Home: the question is the session's first screen, and either answer goes home.
 */
final class RateView extends SessionView {

    private final ResidentSession session;
    private final Booking booking;
    private final Label which = new Label();
    private final List<Button> faces = new ArrayList<>();
    private final Button skip = new Button();

    RateView(RateModel model, ResidentSession session, Booking booking, RateController controller) {
        super(session.text(), session.navigator(), false);
        this.session = session;
        this.booking = booking;
        which.setId("rate-which");
        which.setWrapText(true);
        HBox row = new HBox(24);
        row.setAlignment(Pos.CENTER);
        for (Face face : Face.values()) {
            Button button = new Button();
            button.setId("rate-" + face.id());
            button.getStyleClass().add(StyleClasses.BUTTON_SECONDARY);
            button.setGraphic(face.pictogram());
            button.setContentDisplay(ContentDisplay.TOP);
            button.setPrefWidth(300);
            button.setWrapText(true);
            button.setOnAction(event -> controller.onFace(face));
            button.disableProperty().bind(model.working);
            faces.add(button);
            row.getChildren().add(button);
        }
        skip.setId("rate-skip");
        skip.setPrefWidth(300); // as large a target as a face
        skip.getStyleClass().add(StyleClasses.BUTTON_SECONDARY);
        skip.setOnAction(event -> controller.onSkip());
        skip.disableProperty().bind(model.working);
        content.getChildren().addAll(which, row, skip);
    }

    @Override
    protected StringExpression titleText() {
        return Bindings.createStringBinding(() -> words("rate.title", booking.service().name(
                text.messages().language())), text.languageProperty());
    }

    @Override
    protected void render() {
        which.setText(words("rate.which", booking.service().name(text.messages().language()),
                Words.when(text.messages(), booking.startsAt(), session.zone())));
        for (int i = 0; i < faces.size(); i++) {
            faces.get(i).setText(words("rate.face." + Face.values()[i].id()));
        }
        skip.setText(words("rate.skip"));
    }

    /** The question, then the three answers and the way out, as sentences. */
    @Override
    public String readAloudText() {
        return String.join("\n", words("rate.title", booking.service().name(text.messages().language())),
                which.getText(), words("rate.spoken.choices"));
    }
}
