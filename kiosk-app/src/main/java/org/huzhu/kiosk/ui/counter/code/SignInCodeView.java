package org.huzhu.kiosk.ui.counter.code;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.huzhu.kiosk.i18n.Messages;
import org.huzhu.kiosk.residents.Resident;
import org.huzhu.kiosk.ui.counter.kit.CounterView;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.kiosk.ui.session.Words;
import org.huzhu.protocol.counter.ResidentCodeState;
import org.huzhu.protocol.residentcode.ResidentCodePurpose;
import org.huzhu.themes.StyleClasses;

/**
 * Left, a new code: what it is for (printed, 90 days; a family member's phone, 24 hours), the warning that a code is
 * as good as a card, and "Issue a code"; right, the codes issued, newest first, each with its state and, while it
 * works, "Revoke". Revoking asks why and confirms. While the server is asked, a spinner.
 */
final class SignInCodeView extends CounterView {

    /** {@link ResidentCodeState#status()} of a code that still works. */
    private static final String ACTIVE = "active";
    private static final double ISSUING_WIDTH = 460;

    private final SignInCodeModel model;
    private final ZoneId zone;
    private final Resident resident;
    private final SignInCodeController controller;
    private final ToggleGroup purposes = new ToggleGroup();
    private final Map<ResidentCodePurpose, ToggleButton> purposeButtons = new EnumMap<>(ResidentCodePurpose.class);
    private final ToggleGroup reasons = new ToggleGroup();
    private final Map<RevokeWhy, ToggleButton> reasonButtons = new EnumMap<>(RevokeWhy.class);

    SignInCodeView(SignInCodeModel model, UiText text, ZoneId zone, Resident resident,
            SignInCodeController controller) {
        super(text);
        this.model = model;
        this.zone = zone;
        this.resident = resident;
        this.controller = controller;
        for (ResidentCodePurpose purpose : ResidentCodePurpose.values()) {
            purposeButtons.put(purpose, choice("code-purpose-" + purpose.wireName(), purposes,
                    () -> controller.onPurpose(purpose)));
        }
        for (RevokeWhy why : RevokeWhy.values()) {
            reasonButtons.put(why, choice("code-why-" + why.code(), reasons, () -> controller.onWhy(why)));
        }
        refreshOnChange(model.purpose);
        refreshOnChange(model.codes);
        refreshOnChange(model.revoking);
        refreshOnChange(model.why);
        refreshOnChange(model.notice);
        refreshOnChange(model.problem);
        refreshOnChange(model.working);
    }

    @Override
    protected String titleText() {
        return words("counter.code.title", resident.displayName());
    }

    @Override
    protected void render() {
        showProblem(model.problem.get().map(problem -> problem.in(text.messages())));
        List<Node> nodes = new ArrayList<>();
        model.notice.get().ifPresent(notice -> {
            Label said = emphasised(notice.in(text.messages()), "code-notice");
            said.setMinHeight(Region.USE_PREF_SIZE);
            nodes.add(said);
        });
        List<Button> actions = new ArrayList<>();
        model.revoking.get().ifPresentOrElse(code -> confirmRevoke(code, nodes, actions), () -> {
            HBox columns = new HBox(issuing(actions), issued());
            columns.setStyle("-fx-spacing: 1.5em; -fx-alignment: top-left;");
            nodes.add(columns);
        });
        if (model.working.get()) {
            nodes.add(busy(words("counter.code.working"), "code-working"));
        }
        showContent(nodes);
        if (model.revoking.get().isEmpty()) {
            Button done = action("code-done", words("counter.code.done"), false, controller::onDone);
            done.disableProperty().bind(model.working);
            actions.add(done);
        }
        showActions(actions);
    }

    private Node issuing(List<Button> actions) {
        purposeButtons.forEach((purpose, button) -> {
            button.setText(words("counter.code.purpose." + purpose.wireName()));
            button.setSelected(purpose == model.purpose.get());
            button.setDisable(model.working.get());
        });
        Label purposeName = new Label(words("counter.code.purpose"));
        purposeName.getStyleClass().add(StyleClasses.MUTED);
        VBox panel = panel(purposeName, choices(purposeButtons.values()),
                wrapped(words("counter.code.sensitive"), "code-sensitive"));
        // Wide enough for the longer purpose's whole name in either language; the list takes the rest.
        panel.setMinWidth(ISSUING_WIDTH);
        panel.setPrefWidth(ISSUING_WIDTH);
        Button issue = action("code-issue", words("counter.code.issue"), true, controller::onIssue);
        issue.disableProperty().bind(model.working);
        actions.add(issue);
        return panel;
    }

    private Node issued() {
        VBox list = new VBox();
        list.setStyle("-fx-spacing: 0.5em;");
        HBox.setHgrow(list, Priority.ALWAYS);
        list.getChildren().add(emphasised(words("counter.code.list"), "code-list-title"));
        model.codes.get().ifPresentOrElse(codes -> {
            if (codes.isEmpty()) {
                list.getChildren().add(wrapped(words("counter.code.none"), "code-none"));
            }
            codes.stream().sorted((a, b) -> b.issuedAt().compareTo(a.issuedAt()))
                    .forEach(code -> list.getChildren().add(row(code)));
        }, () -> list.getChildren().add(busy(words("counter.code.loading"), "code-loading")));
        return list;
    }

    private Node row(ResidentCodeState code) {
        Messages messages = text.messages();
        Label said = wrapped(words("counter.code.row", words("counter.code.kind." + code.purpose()),
                Words.when(messages, code.issuedAt(), zone), Words.day(messages, code.expiresAt(), zone),
                words("counter.code.status." + code.status())), "code-row-" + code.codeId());
        if (!ACTIVE.equals(code.status())) {
            return panel(said);
        }
        // Under the words, not beside them: beside, the words' width squeezes the button to nothing.
        Button revoke = action("code-revoke-" + code.codeId(), words("counter.code.revoke"), false,
                () -> controller.onRevoke(code));
        revoke.disableProperty().bind(model.working);
        return panel(said, revoke);
    }

    private void confirmRevoke(ResidentCodeState code, List<Node> nodes, List<Button> actions) {
        Messages messages = text.messages();
        reasonButtons.forEach((why, button) -> {
            button.setText(words("counter.code.why." + why.code()));
            button.setSelected(model.why.get().filter(why::equals).isPresent());
            button.setDisable(model.working.get());
        });
        Label whyName = new Label(words("counter.code.why"));
        whyName.getStyleClass().add(StyleClasses.MUTED);
        nodes.add(panel(emphasised(words("counter.code.revokeConfirm", words("counter.code.kind."
                        + code.purpose()), Words.when(messages, code.issuedAt(), zone)), "code-revoke-confirm"),
                wrapped(words("counter.code.revokeMeans"), "code-revoke-means"), whyName,
                choices(reasonButtons.values())));
        Button revoke = action("code-revoke-confirm-button", words("counter.code.revokeDo"), true,
                controller::onConfirmRevoke);
        revoke.disableProperty().bind(model.working);
        Button back = action("code-back", words("counter.face.back"), false, controller::onBack);
        back.disableProperty().bind(model.working);
        actions.add(revoke);
        actions.add(back);
    }
}
