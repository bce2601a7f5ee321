package org.huzhu.kiosk.ui.counter.shell;

import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.huzhu.kiosk.i18n.Messages;
import org.huzhu.kiosk.sync.SyncStatus;
import org.huzhu.kiosk.ui.counter.kit.CounterPlace;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.kiosk.ui.kit.View;
import org.huzhu.kiosk.ui.session.Words;
import org.huzhu.themes.StyleClasses;

/**
 * The counter's frame at the counter's text size: a top bar (the centre, the demo badge, who is signed in with which
 * card, how sync stands, the language and "sign out"), a banner while fewer than two card readers work, the
 * navigation on the left while someone is signed in, the current screen with the idle question over it, and in demo
 * mode the tray of demo cards.
 */
final class CounterShellView extends View<BorderPane> {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final CounterShellModel model;
    private final UiText text;
    private final ZoneId zone;
    private final Label centreName = new Label();
    private final Label demoBadge = new Label();
    private final Label staff = new Label();
    private final Label sync = new Label();
    private final Button languageToggle = new Button();
    private final Button signOut = new Button();
    private final Label readerBanner = new Label();
    private final Label staffBanner = new Label();
    private final Map<CounterPlace, Button> places = new EnumMap<>(CounterPlace.class);
    private final VBox nav;
    private final BorderPane screenArea = new BorderPane();
    private final ObservableBooleanValue idleQuestionShown;
    private final String staffRefusedKey;
    private final ChangeListener<CounterPlace> selection = (observable, before, after) ->
            places.forEach((place, button) -> button.pseudoClassStateChanged(SELECTED, place == after));

    CounterShellView(CounterShellModel model, UiText text, ZoneId zone, CounterShellController controller,
            CounterShellController.Frame frame, Node idleQuestion, ObservableBooleanValue idleQuestionShown,
            Optional<Node> demoTray) {
        super(new BorderPane());
        this.model = model;
        this.text = text;
        this.zone = zone;
        this.idleQuestionShown = idleQuestionShown;
        this.staffRefusedKey = frame.staffRefusedKey();
        root.getStyleClass().add(StyleClasses.COUNTER);

        centreName.setId("centre-name");
        centreName.getStyleClass().add(StyleClasses.CENTRE_NAME);
        demoBadge.setId("demo-badge");
        demoBadge.getStyleClass().add(StyleClasses.DEMO_BADGE);
        staff.setId("counter-staff");
        staff.getStyleClass().add(StyleClasses.EMPHASIS);
        sync.setId("counter-sync");
        sync.getStyleClass().add(StyleClasses.MUTED);
        languageToggle.setId("language-toggle");
        languageToggle.getStyleClass().add(StyleClasses.BUTTON_SECONDARY);
        languageToggle.setOnAction(event -> controller.onLanguageToggle());
        signOut.setId("counter-sign-out");
        signOut.getStyleClass().add(StyleClasses.BUTTON_SECONDARY);
        signOut.setOnAction(event -> controller.onSignOut());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox topBar = new HBox(centreName, demoBadge, spacer, staff, sync, languageToggle, signOut);
        topBar.getStyleClass().add(StyleClasses.TOP_BAR);
        topBar.setAlignment(Pos.CENTER_LEFT);

        readerBanner.setId("reader-banner");
        readerBanner.getStyleClass().add(StyleClasses.BANNER_WARNING);
        readerBanner.setMaxWidth(Double.MAX_VALUE);
        readerBanner.setWrapText(true);
        staffBanner.setId("staff-banner");
        staffBanner.getStyleClass().add(StyleClasses.BANNER_WARNING);
        staffBanner.setMaxWidth(Double.MAX_VALUE);
        staffBanner.setWrapText(true);
        root.setTop(new VBox(topBar, readerBanner, staffBanner));

        nav = new VBox();
        for (CounterPlace place : frame.places()) {
            Button button = new Button();
            button.setId("nav-" + place.id());
            button.getStyleClass().add(StyleClasses.BUTTON_SECONDARY);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setOnAction(event -> controller.onPlace(place));
            places.put(place, button);
            nav.getChildren().add(button);
        }
        nav.getStyleClass().add(StyleClasses.COUNTER_NAV);

        StackPane body = new StackPane(screenArea, idleQuestion);
        body.setId("screen-area");
        root.setCenter(body);
        root.setBottom(demoTray.orElse(null));
    }

    @Override
    protected void onAttached() {
        centreName.textProperty().bind(model.centreName);
        demoBadge.textProperty().bind(text.text("demo.badge"));
        showOnlyWhen(demoBadge, model.demo);
        staff.textProperty().bind(Bindings.createStringBinding(
                () -> text.messages().format("counter.staff", model.staffName.get(), model.staffKey.get()),
                text.languageProperty(), model.staffName, model.staffKey));
        showOnlyWhen(staff, model.signedIn);
        sync.textProperty().bind(syncWords());
        languageToggle.textProperty().bind(text.text("language.switch"));
        signOut.textProperty().bind(text.text("counter.signOut"));
        showOnlyWhen(signOut, model.signedIn);
        readerBanner.textProperty().bind(Bindings.createStringBinding(
                () -> text.messages().text(model.readers.get() == 0 ? "counter.readers.none" : "counter.readers.one"),
                text.languageProperty(), model.readers));
        showOnlyWhen(readerBanner, model.readers.lessThan(2));
        staffBanner.textProperty().bind(Bindings.createStringBinding(
                () -> text.messages().format(staffRefusedKey, model.staffName.get()),
                text.languageProperty(), model.staffName));
        showOnlyWhen(staffBanner, model.staffRefused);
        places.forEach((place, button) -> button.textProperty().bind(text.text("counter.nav." + place.id())));
        model.place.addListener(selection);
        selection.changed(model.place, null, model.place.get());
        root.leftProperty().bind(Bindings.when(model.signedIn.and(Bindings.isNotEmpty(nav.getChildren())))
                .then((Node) nav).otherwise((Node) null));
        screenArea.centerProperty().bind(model.screen);
        // Under the idle question the screen and the navigation take no input, not even from the keyboard.
        screenArea.disableProperty().bind(idleQuestionShown);
        nav.disableProperty().bind(idleQuestionShown);
    }

    @Override
    protected void onDetached() {
        for (Label label : List.of(centreName, demoBadge, staff, sync, readerBanner, staffBanner)) {
            label.textProperty().unbind();
            label.visibleProperty().unbind();
            label.managedProperty().unbind();
        }
        model.place.removeListener(selection);
        places.values().forEach(button -> button.textProperty().unbind());
        for (Button button : List.of(languageToggle, signOut)) {
            button.textProperty().unbind();
            button.visibleProperty().unbind();
            button.managedProperty().unbind();
        }
        root.leftProperty().unbind();
        nav.disableProperty().unbind();
        screenArea.centerProperty().unbind();
        screenArea.disableProperty().unbind();
    }

    /** "Synced at 09:30", "3 items wait to reach the server", "Server not reachable: 3 kept safe here", or none. */
    private StringBinding syncWords() {
        return Bindings.createStringBinding(() -> {
            Messages messages = text.messages();
            if (!model.syncing.get()) {
                return messages.text("counter.sync.notEnrolled");
            }
            Optional<SyncStatus> status = model.syncStatus.get();
            if (status.isPresent() && status.get().failing()) {
                return messages.format("counter.sync.failing", status.get().pending());
            }
            if (status.isPresent() && status.get().pending() > 0) {
                return messages.format("counter.sync.waiting", status.get().pending());
            }
            return status.flatMap(SyncStatus::lastSuccess)
                    .map(at -> messages.format("counter.sync.synced", Words.time(messages, at, zone)))
                    .orElseGet(() -> messages.text("counter.sync.never"));
        }, text.languageProperty(), model.syncing, model.syncStatus);
    }

    private static void showOnlyWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }
}
