package org.huzhu.kiosk.ui.timebank;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.huzhu.kiosk.community.FamilyMember;
import org.huzhu.kiosk.ui.session.Choices;
import org.huzhu.kiosk.ui.session.ResidentSession;
import org.huzhu.kiosk.ui.session.SessionView;

/**
 * Whose time is given (the signed-in resident, by name) and one tile per family member to give it to, at most six;
 * with no family link, what to do at the counter instead.
 */
final class FamilyView extends SessionView {

    private final FamilyModel model;
    private final ResidentSession session;
    private final FamilyController controller;
    private final Label hint = new Label();

    FamilyView(FamilyModel model, ResidentSession session, FamilyController controller) {
        super(session.text(), session.navigator(), true);
        this.model = model;
        this.session = session;
        this.controller = controller;
        hint.setId("transfer-family-hint");
        hint.setWrapText(true);
        model.family.addListener((observable, before, after) -> render());
    }

    @Override
    protected StringExpression titleText() {
        return Bindings.createStringBinding(() -> words(model.family.get().map(List::isEmpty).orElse(false)
                ? "transfer.family.none.title" : "transfer.family.title"), text.languageProperty(), model.family);
    }

    @Override
    protected void render() {
        model.family.get().ifPresentOrElse(this::renderFamily, () -> content.getChildren().clear());
    }

    private void renderFamily(List<FamilyMember> family) {
        if (family.isEmpty()) {
            hint.setText(words(model.linked.get() ? "transfer.family.noneMayReceive" : "transfer.family.none"));
            content.getChildren().setAll(hint);
            return;
        }
        hint.setText(words("transfer.family.from", session.resident().displayName()));
        List<Button> tiles = family.stream().limit(Choices.MAX).map(member -> Choices.button(
                "family-" + member.residentId(), words("transfer.family.to", member.displayName()),
                () -> controller.onMember(member))).toList();
        content.getChildren().setAll(hint, Choices.grid(tiles));
        if (family.size() > Choices.MAX) {
            Label more = new Label(words("transfer.family.more", family.size() - Choices.MAX));
            more.setWrapText(true);
            content.getChildren().add(more);
        }
    }
}
