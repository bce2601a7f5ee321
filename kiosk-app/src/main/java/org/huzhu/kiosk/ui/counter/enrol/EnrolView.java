package org.huzhu.kiosk.ui.counter.enrol;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.huzhu.kiosk.i18n.Language;
import org.huzhu.kiosk.residents.Resident;
import org.huzhu.kiosk.signin.CardHolder;
import org.huzhu.kiosk.ui.counter.kit.CounterView;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.kiosk.ui.session.Details;
import org.huzhu.themes.StyleClasses;

/**
 * One step at a time: "tap the card"; then the card's facts, the preferred language and the consent with what is
 * kept (Continue only once it is ticked); then "tap the same card again"; then signing, and what came of it. The
 * form's inputs are built once, so ticking or choosing keeps the keyboard focus where it is.
 */
final class EnrolView extends CounterView {

    private final EnrolModel model;
    private final EnrolController controller;
    private final ToggleGroup languages = new ToggleGroup();
    private final Map<Language, ToggleButton> languageButtons = Map.of(
            Language.ZH_CN, languageButton(Language.ZH_CN), Language.EN, languageButton(Language.EN));
    private final CheckBox consent = new CheckBox();
    private final TextField phone = field("enrol-phone");
    private final TextField emergencyName = field("enrol-emergency-name");
    private final TextField emergencyPhone = field("enrol-emergency-phone");

    EnrolView(EnrolModel model, UiText text, EnrolController controller) {
        super(text);
        this.model = model;
        this.controller = controller;
        consent.setId("enrol-consent");
        consent.getStyleClass().add(StyleClasses.FORM_FIELD);
        consent.setWrapText(true);
        consent.setOnAction(event -> controller.onConsent(consent.isSelected()));
        phone.textProperty().bindBidirectional(model.phone);
        emergencyName.textProperty().bindBidirectional(model.emergencyName);
        emergencyPhone.textProperty().bindBidirectional(model.emergencyPhone);
        refreshOnChange(model.step);
        refreshOnChange(model.problem);
        refreshOnChange(model.card);
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        field.getStyleClass().add(StyleClasses.FORM_FIELD);
        field.setPrefColumnCount(14);
        return field;
    }

    private ToggleButton languageButton(Language language) {
        ToggleButton button = new ToggleButton();
        button.setId("enrol-language-" + language.tag());
        button.getStyleClass().add(StyleClasses.BUTTON_SECONDARY);
        button.setToggleGroup(languages);
        button.setOnAction(event -> {
            button.setSelected(true); // one of the two is always chosen
            controller.onLanguage(language);
        });
        return button;
    }

    @Override
    protected String titleText() {
        return words("counter.enrol.title");
    }

    @Override
    protected void render() {
        showProblem(model.problem.get().map(problem -> problem.in(text.messages())));
        switch (model.step.get()) {
            case READ_CARD -> readCard();
            case DETAILS -> details();
            case CONFIRM_TAP -> confirmTap();
            case RECORDING -> recording();
            case DONE -> done();
            case FAILED -> failed();
        }
    }

    private void readCard() {
        showContent(List.of(panel(wrapped(words("counter.enrol.tap"), "enrol-tap"))));
        List<Button> actions = new ArrayList<>();
        model.alreadyEnrolled.get().ifPresent(resident -> actions.add(openFile("enrol-open-existing", resident)));
        actions.add(cancel());
        showActions(actions);
    }

    private void details() {
        CardHolder card = model.card.get().orElseThrow();
        Label languageName = new Label(words("counter.enrol.language"));
        languageName.getStyleClass().add(StyleClasses.MUTED);
        for (Map.Entry<Language, ToggleButton> choice : languageButtons.entrySet()) {
            choice.getValue().setText(words("counter.language." + choice.getKey().tag()));
            choice.getValue().setSelected(choice.getKey() == model.language.get());
        }
        HBox languageRow = new HBox(languageName, languageButtons.get(Language.ZH_CN),
                languageButtons.get(Language.EN));
        languageRow.getStyleClass().add(StyleClasses.BUTTON_ROW);
        languageRow.setStyle("-fx-alignment: center-left;");
        GridPane contact = contactForm();
        Label consentTitle = emphasised(words("counter.enrol.consent.title"), "enrol-consent-title");
        consent.setText(words("counter.enrol.consent.agree"));
        consent.setSelected(model.consent.get());
        VBox consentPanel = panel(consentTitle, wrapped(words("counter.enrol.consent.body"), "enrol-consent-body"),
                consent);
        // Side by side: one under the other is taller than a laptop's 690 px window.
        VBox resident = new VBox(facts(card), languageRow, contact);
        resident.getStyleClass().add(StyleClasses.COUNTER_CONTENT);
        resident.setStyle("-fx-padding: 0;");
        HBox.setHgrow(consentPanel, Priority.ALWAYS);
        HBox columns = new HBox(resident, consentPanel);
        columns.setStyle("-fx-spacing: 1.5em; -fx-alignment: top-left;");
        showContent(List.of(columns));
        Button next = action("enrol-continue", words("counter.enrol.continue"), true, controller::onContinue);
        next.disableProperty().bind(model.consent.not());
        showActions(List.of(next, cancel()));
    }

    private void confirmTap() {
        CardHolder card = model.card.get().orElseThrow();
        showContent(List.of(facts(card), panel(emphasised(words("counter.enrol.confirmTap", card.displayName()),
                "enrol-confirm-tap"))));
        showActions(List.of(action("enrol-back", words("counter.enrol.back"), false, controller::onBackToDetails),
                cancel()));
    }

    private void recording() {
        showContent(List.of(busy(words("counter.enrol.recording"), "enrol-recording")));
        showActions(List.of());
    }

    private void done() {
        Resident resident = model.enrolled.get().orElseThrow();
        Label done = wrapped(words("counter.enrol.done", resident.displayName()), "enrol-done");
        done.getStyleClass().add(StyleClasses.HEADING);
        showContent(List.of(done, wrapped(words("counter.enrol.done.note"), "enrol-done-note")));
        showActions(List.of(openFile("enrol-open-file", resident),
                action("enrol-another", words("counter.enrol.another"), false, controller::onStartAgain)));
    }

    /** The problem line says why, and that nothing was recorded; the facts say what was not. */
    private void failed() {
        showContent(List.of(facts(model.card.get().orElseThrow())));
        showActions(List.of(action("enrol-again", words("counter.enrol.again"), true, controller::onStartAgain),
                cancel()));
    }

    /** Phone and emergency contact, each optional: labels in one column, the fields beside them. */
    private GridPane contactForm() {
        GridPane grid = new GridPane(32, 8); // as the card's facts above it (Details.grid)
        int row = 0;
        for (Map.Entry<String, TextField> entry : List.of(Map.entry("counter.enrol.phone", phone),
                Map.entry("counter.enrol.emergencyName", emergencyName),
                Map.entry("counter.enrol.emergencyPhone", emergencyPhone))) {
            Label label = new Label(words(entry.getKey()));
            label.getStyleClass().add(StyleClasses.MUTED);
            label.setMinWidth(Region.USE_PREF_SIZE);
            label.setLabelFor(entry.getValue());
            entry.getValue().setPromptText(words("counter.enrol.optional"));
            grid.addRow(row++, label, entry.getValue());
        }
        grid.setMaxWidth(READABLE_WIDTH);
        return grid;
    }

    private Node facts(CardHolder card) {
        GridPane grid = Details.grid(List.of(
                new Details.Row("enrol-name", words("counter.enrol.name"), card.displayName()),
                new Details.Row("enrol-card-number", words("counter.enrol.cardNumber"), card.maskedCardNumber())));
        grid.setMaxWidth(READABLE_WIDTH);
        return grid;
    }

    private Button openFile(String id, Resident resident) {
        return action(id, words("counter.enrol.showFile", resident.displayName()), true,
                () -> controller.onOpenFile(resident));
    }

    private Button cancel() {
        return action("enrol-cancel", words("counter.enrol.cancel"), false, controller::onCancel);
    }
}
