package org.huzhu.kiosk.ui.counter.residents;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.huzhu.kiosk.community.FamilyMember;
import org.huzhu.kiosk.desk.ResidentFile;
import org.huzhu.kiosk.i18n.Messages;
import org.huzhu.kiosk.signin.CardHolder;
import org.huzhu.kiosk.ui.counter.kit.CounterView;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.kiosk.ui.session.Details;
import org.huzhu.kiosk.ui.session.Words;
import org.huzhu.themes.StyleClasses;

/**
 * Left, how to find a resident: tap their card; and the place for search by name, phone or member number, marked as
 * coming with the server's counter queries. Right, what the last tap found: the resident's file with "link a family
 * member", or a card nobody is enrolled with and "enrol" its holder. "Enrol a new resident" is the screen's action.
 */
final class ResidentsView extends CounterView {

    /** Wide enough for the search field's hint in either language. */
    private static final double FINDER_WIDTH = 380;

    private final ResidentsModel model;
    private final ZoneId zone;
    private final ResidentsController controller;
    /** Built once: the server's counter search fills it in the next step; until then it is visibly off. */
    private final TextField search = new TextField();

    ResidentsView(ResidentsModel model, UiText text, ZoneId zone, ResidentsController controller) {
        super(text);
        this.model = model;
        this.zone = zone;
        this.controller = controller;
        search.setId("residents-search");
        search.getStyleClass().add(StyleClasses.FORM_FIELD);
        // TODO(issue 12, next step): the server's counter search (docs/protocol.md §11), org.huzhu.kiosk.counter.
        search.setDisable(true);
        refreshOnChange(model.file);
        refreshOnChange(model.unknownCard);
        refreshOnChange(model.status);
    }

    @Override
    protected String titleText() {
        return words("counter.residents.title");
    }

    @Override
    protected void render() {
        Messages messages = text.messages();
        VBox tap = panel(wrapped(words("counter.residents.tap"), "residents-tap"));
        Label searchName = wrapped(words("counter.residents.search"), "residents-search-name");
        searchName.getStyleClass().add(StyleClasses.EMPHASIS);
        VBox searchPanel = panel(searchName, search, wrapped(words("counter.residents.search.later"),
                "residents-search-later"));
        VBox finder = new VBox(tap, searchPanel);
        finder.getStyleClass().add(StyleClasses.COUNTER_CONTENT);
        finder.setStyle("-fx-padding: 0;");
        finder.setMinWidth(FINDER_WIDTH);
        finder.setMaxWidth(FINDER_WIDTH);

        VBox found = new VBox();
        found.getStyleClass().add(StyleClasses.COUNTER_CONTENT);
        found.setStyle("-fx-padding: 0;");
        HBox.setHgrow(found, Priority.ALWAYS);
        model.status.get().ifPresent(status -> found.getChildren().add(emphasised(status.in(messages),
                "residents-status")));
        model.unknownCard.get().ifPresent(card -> found.getChildren().add(unknownCard(card)));
        model.file.get().ifPresent(file -> found.getChildren().add(file(messages, file)));

        HBox columns = new HBox(finder, found);
        columns.getStyleClass().add(StyleClasses.COUNTER_CONTENT);
        columns.setStyle("-fx-padding: 0; -fx-spacing: 1.5em;");
        showContent(List.of(columns));
        showActions(List.of(action("residents-enrol", words("counter.residents.enrol"), model.file.get().isEmpty()
                && model.unknownCard.get().isEmpty(), controller::onEnrol)));
    }

    private Node unknownCard(CardHolder card) {
        Button enrol = action("residents-enrol-this", words("counter.residents.enrolThis", card.displayName()), true,
                controller::onEnrolUnknownCard);
        return panel(wrapped(words("counter.residents.unknown", card.displayName(), card.maskedCardNumber()),
                "residents-unknown"), enrol);
    }

    private Node file(Messages messages, ResidentFile file) {
        Label name = new Label(file.resident().displayName());
        name.setId("file-name");
        name.getStyleClass().add(StyleClasses.HEADING);
        List<Details.Row> rows = new ArrayList<>();
        rows.add(new Details.Row("file-card", words("counter.file.card"),
                file.maskedCardKey().orElseGet(() -> words("counter.file.cardNone"))));
        rows.add(new Details.Row("file-language", words("counter.file.language"),
                words("counter.language." + file.resident().language().tag())));
        rows.add(new Details.Row("file-balance", words("counter.file.balance"),
                messages.minutes(file.balance().minutes())));
        rows.add(new Details.Row("file-as-of", words("counter.file.asOf"), file.balance().asOf()
                .map(at -> Words.when(messages, at, zone)).orElseGet(() -> words("counter.file.notConfirmed"))));
        if (file.family().isEmpty()) {
            rows.add(new Details.Row("file-family", words("counter.file.family"), words("counter.file.noFamily")));
        }
        for (int i = 0; i < file.family().size(); i++) {
            FamilyMember member = file.family().get(i);
            // One row a member, the first named "Family": every value on one line, level with its name.
            rows.add(new Details.Row("file-family-" + member.residentId(), i == 0 ? words("counter.file.family") : "",
                    member.displayName()));
        }
        Node details = Details.grid(rows);
        details.setStyle("-fx-padding: 0; -fx-border-width: 0; -fx-min-width: 0;");
        Button link = action("file-link-family", words("counter.file.linkFamily"), true, controller::onLinkFamily);
        Button replace = action("file-replace-card", words("counter.file.replaceCard"), false,
                controller::onReplaceCard);
        HBox fileActions = new HBox(link, replace);
        fileActions.getStyleClass().add(StyleClasses.BUTTON_ROW);
        fileActions.setStyle("-fx-alignment: center-left;");
        return panel(name, details, fileActions);
    }
}
