package org.huzhu.kiosk.ui.counter.residents;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.huzhu.kiosk.community.FamilyMember;
import org.huzhu.kiosk.desk.ResidentFile;
import org.huzhu.kiosk.i18n.Messages;
import org.huzhu.kiosk.signin.CardHolder;
import org.huzhu.kiosk.ui.counter.kit.CounterView;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.kiosk.ui.session.Details;
import org.huzhu.kiosk.ui.session.Words;
import org.huzhu.protocol.counter.Page;
import org.huzhu.protocol.counter.ResidentSummary;
import org.huzhu.themes.StyleClasses;

/**
 * Left, how to find a resident: tap their card, or search by name, pinyin initials, phone or member number. Right,
 * what was found: the search's results (name, member number, masked phone, balance), a page at a time; the
 * resident's file with their statement and "link a family member"; a resident only the server knows yet; or a card
 * nobody is enrolled with and "enrol" its holder. "Enrol a new resident" is the screen's action.
 */
final class ResidentsView extends CounterView {

    /** Wide enough for the search field's hint in either language. */
    private static final double FINDER_WIDTH = 380;
    /** The results' columns: a name of four characters or "Anna Li"; "M000001" or "4 小时 30 分钟"; "••• 5678". */
    private static final double NAME_WIDTH = 110;
    private static final double NUMBER_WIDTH = 130;
    private static final double PHONE_WIDTH = 100;
    private static final double BALANCE_WIDTH = 150;
    /** {@link ResidentSummary#status()} of a closed account. */
    private static final String CLOSED = "closed";

    private final ResidentsModel model;
    private final ZoneId zone;
    private final ResidentsController controller;
    /** Built once, so typing keeps its focus when the screen is rendered again. */
    private final TextField search = new TextField();

    ResidentsView(ResidentsModel model, UiText text, ZoneId zone, ResidentsController controller) {
        super(text);
        this.model = model;
        this.zone = zone;
        this.controller = controller;
        search.setId("residents-search");
        search.getStyleClass().add(StyleClasses.FORM_FIELD);
        search.setOnAction(event -> controller.onSearch(search.getText()));
        refreshOnChange(model.file);
        refreshOnChange(model.results);
        refreshOnChange(model.serverOnly);
        refreshOnChange(model.searching);
        refreshOnChange(model.unknownCard);
        refreshOnChange(model.closedCard);
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
        Label searchName = wrapped(words("counter.search.title"), "residents-search-name");
        searchName.getStyleClass().add(StyleClasses.EMPHASIS);
        search.setPromptText(words("counter.search.hint"));
        Button go = action("residents-search-go", words("counter.search.go"), false,
                () -> controller.onSearch(search.getText()));
        go.disableProperty().bind(model.searching);
        go.setMinWidth(Region.USE_PREF_SIZE); // the field gives way, never the button's word
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setMinWidth(0);
        search.setPrefWidth(0); // as wide as the panel leaves it
        HBox field = new HBox(search, go);
        field.setStyle("-fx-spacing: 0.5em; -fx-alignment: center-left;");
        VBox searchPanel = panel(searchName, field);
        VBox finder = new VBox(tap, searchPanel);
        finder.getStyleClass().add(StyleClasses.COUNTER_CONTENT);
        finder.setStyle("-fx-padding: 0;");
        finder.setMinWidth(FINDER_WIDTH);
        finder.setMaxWidth(FINDER_WIDTH);

        VBox found = new VBox();
        found.getStyleClass().add(StyleClasses.COUNTER_CONTENT);
        found.setStyle("-fx-padding: 0;");
        HBox.setHgrow(found, Priority.ALWAYS);
        model.status.get().ifPresent(status -> {
            Label said = emphasised(status.in(messages), "residents-status");
            said.setMinHeight(Region.USE_PREF_SIZE); // what just happened is read whole; the file below may scroll
            found.getChildren().add(said);
        });
        if (model.searching.get()) {
            found.getChildren().add(busy(words("counter.search.searching"), "residents-searching"));
        }
        model.unknownCard.get().ifPresent(card -> found.getChildren().add(unknownCard(card)));
        model.file.get().ifPresent(file -> found.getChildren().add(file(messages, file)));
        model.serverOnly.get().ifPresent(resident -> found.getChildren().add(serverOnly(messages, resident)));
        boolean nothingOpen = model.file.get().isEmpty() && model.serverOnly.get().isEmpty()
                && model.unknownCard.get().isEmpty();
        model.results.get().filter(page -> nothingOpen && !page.items().isEmpty())
                .ifPresent(page -> found.getChildren().add(results(messages, page)));

        HBox columns = new HBox(finder, found);
        columns.getStyleClass().add(StyleClasses.COUNTER_CONTENT);
        columns.setStyle("-fx-padding: 0; -fx-spacing: 1.5em;");
        showContent(List.of(columns));
        List<Button> actions = new ArrayList<>(List.of(action("residents-enrol", words("counter.residents.enrol"),
                model.file.get().isEmpty() && model.unknownCard.get().isEmpty(), controller::onEnrol)));
        // An open file's sign-in by face or code: in the action row, whose width is free, since one more row of the
        // file's own buttons would make the screen taller than a laptop's 690 px window.
        model.file.get().filter(file -> !file.closed()).ifPresent(file -> {
            String name = file.resident().displayName();
            actions.add(action("file-face", words("counter.file.faceSignIn", name), false,
                    controller::onFaceSignIn));
            actions.add(action("file-codes", words("counter.file.signInCodes", name), false,
                    controller::onSignInCodes));
        });
        showActions(actions);
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
        file.closedAt().ifPresent(at -> rows.add(new Details.Row("file-closed", words("counter.file.closed"),
                words("counter.file.closedOn", Words.day(messages, at, zone)))));
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
        Button statement = action("file-statement", words("counter.file.statement"), true, controller::onStatement);
        if (file.closed()) {
            // History kept, nothing more to change; the card, tapped here, may start a new account.
            List<Button> closed = new ArrayList<>(List.of(statement));
            model.closedCard.get().ifPresent(card -> closed.add(action("file-enrol-again",
                    words("counter.file.enrolAgain"), false, controller::onEnrolAgain)));
            return panel(name, details, buttons(closed.toArray(Button[]::new)));
        }
        // One family button: linking a first member, else the family screen, which links further members too.
        Button family = file.family().isEmpty()
                ? action("file-link-family", words("counter.file.linkFamily"), false, controller::onLinkFamily)
                : action("file-family-rights", words("counter.file.familyRights"), false, controller::onFamilyRights);
        Button replace = action("file-replace-card", words("counter.file.replaceCard"), false,
                controller::onReplaceCard);
        Button book = action("file-book", words("counter.file.book"), false, controller::onBookFor);
        Button aid = action("file-apply-aid", words("counter.file.applyForAid"), false, controller::onApplyForAid);
        Button close = action("file-close-account", words("counter.file.closeAccount"), false,
                controller::onCloseAccount);
        return panel(name, details, buttons(statement, book, family, replace, aid, close));
    }

    /** Someone the server found whose file this counter cannot build yet: what the server says, and the statement. */
    private Node serverOnly(Messages messages, ResidentSummary resident) {
        Label name = new Label(resident.displayName());
        name.setId("server-only-name");
        name.getStyleClass().add(StyleClasses.HEADING);
        Node details = Details.grid(List.of(
                new Details.Row("server-only-number", words("counter.search.memberNumber"), resident.memberNumber()),
                new Details.Row("server-only-balance", words("counter.file.balance"),
                        messages.minutes(resident.balanceMinutes()))));
        details.setStyle("-fx-padding: 0; -fx-border-width: 0; -fx-min-width: 0;");
        Button statement = action("file-statement", words("counter.file.statement"), true, controller::onStatement);
        return panel(name, details, buttons(statement));
    }

    /** One button a resident found: name, member number, masked phone, balance; then the paging. */
    private Node results(Messages messages, Page<ResidentSummary> page) {
        VBox rows = new VBox();
        rows.setStyle("-fx-spacing: 0.5em;");
        rows.getChildren().add(wrapped(words("counter.search.found", page.offset() + 1,
                page.offset() + page.items().size(), page.total()), "search-range"));
        rows.getChildren().add(resultHeader());
        for (ResidentSummary resident : page.items()) {
            rows.getChildren().add(resultRow(messages, resident));
        }
        List<Button> paging = new ArrayList<>();
        if (page.offset() > 0) {
            paging.add(action("search-earlier", words("counter.search.earlier"), false,
                    controller::onEarlierResults));
        }
        if (page.hasMore()) {
            paging.add(action("search-more", words("counter.search.more"), false, controller::onMoreResults));
        }
        if (!paging.isEmpty()) {
            rows.getChildren().add(buttons(paging.toArray(Button[]::new)));
        }
        return rows;
    }

    /** The columns' names, over the rows and level with their text (a button's padding in). */
    private Node resultHeader() {
        HBox header = new HBox(column(words("counter.search.column.name"), NAME_WIDTH),
                column(words("counter.search.column.number"), NUMBER_WIDTH),
                column(words("counter.search.column.phone"), PHONE_WIDTH),
                column(words("counter.file.balance"), BALANCE_WIDTH));
        header.getChildren().forEach(label -> label.getStyleClass().add(StyleClasses.MUTED));
        header.setStyle("-fx-spacing: 1em; -fx-padding: 0 1em;");
        return header;
    }

    private Button resultRow(Messages messages, ResidentSummary resident) {
        Label name = column(resident.displayName(), NAME_WIDTH);
        Label number = column(resident.memberNumber(), NUMBER_WIDTH);
        Label phone = column(resident.phoneMasked().isEmpty() ? words("counter.search.noPhone")
                : resident.phoneMasked(), PHONE_WIDTH);
        // A closed account's balance is 0 for good: the column says it is closed instead.
        Label balance = column(CLOSED.equals(resident.status()) ? words("counter.search.closed")
                : messages.minutes(resident.balanceMinutes()), BALANCE_WIDTH);
        HBox line = new HBox(name, number, phone, balance);
        line.setStyle("-fx-spacing: 1em; -fx-alignment: center-left;");
        Button row = new Button();
        row.setId("search-result-" + resident.memberNumber());
        row.setGraphic(line);
        row.getStyleClass().add(StyleClasses.BUTTON_SECONDARY);
        row.setMaxWidth(Double.MAX_VALUE);
        row.setStyle("-fx-alignment: center-left;");
        row.setAccessibleText(String.join(", ", resident.displayName(), resident.memberNumber(), phone.getText(),
                balance.getText()));
        row.setOnAction(event -> controller.onResult(resident));
        return row;
    }

    private static Label column(String words, double width) {
        Label label = new Label(words);
        label.setMinWidth(width);
        label.setPrefWidth(width);
        // One weight for the whole row: the button's bold would reach only the Latin letters and digits.
        label.setStyle("-fx-font-weight: normal;");
        return label;
    }

    /** Buttons side by side, whole: those that do not fit the panel's width go on the next line. */
    private static FlowPane buttons(Button... buttons) {
        for (Button button : buttons) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        FlowPane row = new FlowPane(buttons);
        row.setStyle("-fx-hgap: 0.75em; -fx-vgap: 0.5em; -fx-alignment: center-left;");
        // Its height is asked before its width is known: at the default 400 px it would claim rows it never fills,
        // and push the counter taller than a 1366 × 690 window. A file panel is about this wide.
        row.setPrefWrapLength(READABLE_WIDTH);
        return row;
    }
}
