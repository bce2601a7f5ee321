package org.huzhu.kiosk.ui.demo;

import com.google.zxing.common.BitMatrix;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.huzhu.kiosk.printing.Paper;
import org.huzhu.kiosk.qr.QrModules;
import org.huzhu.kiosk.ui.kit.ScrollArea;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.kiosk.ui.kit.View;
import org.huzhu.themes.StyleClasses;

/**
 * A strip of paper as wide as the printer's (at about half size: its 12-dot font drawn 13 px), each line at its size
 * and alignment, QR codes as images; "take the receipt" above it. Hidden while the tray is empty.
 */
final class DemoPaperView extends View<VBox> {

    /** Screen pixels per printer dot: the printer's 203 dpi drawn at about half size. */
    static final double PIXELS_PER_DOT = 0.55;
    /** As the printer prints a module of 6 dots. */
    private static final int QR_MODULE_PIXELS = 3;
    /** The paper shown at most this tall (it ends above a screen's bottom row of buttons); a longer receipt scrolls. */
    private static final double VISIBLE_HEIGHT = 300;

    private final DemoPaperModel model;
    private final UiText text;
    private final VBox paper = new VBox();
    private final Button take = new Button();
    private final ChangeListener<Paper> drawer = (observable, was, now) -> draw(now);

    DemoPaperView(DemoPaperModel model, UiText text, DemoPaperController controller, int paperDots) {
        super(new VBox());
        this.model = model;
        this.text = text;
        paper.setId("demo-paper");
        paper.getStyleClass().add(StyleClasses.DEMO_PAPER);
        paper.setPrefWidth(paperDots * PIXELS_PER_DOT + 2 * 12);
        paper.setMinWidth(Region.USE_PREF_SIZE);
        ScrollPane roll = new ScrollPane(paper);
        roll.setId("demo-paper-roll");
        roll.setFitToWidth(true);
        roll.setPrefViewportWidth(paper.getPrefWidth());
        roll.setPrefViewportHeight(VISIBLE_HEIGHT);
        roll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        ScrollArea.drawnUncached(roll); // its printed lines show in pictures of the screen too
        take.setId("demo-paper-take");
        take.getStyleClass().add(StyleClasses.BUTTON_SECONDARY);
        take.setOnAction(event -> controller.onTake());
        take.setMaxWidth(Double.MAX_VALUE);
        take.setMinWidth(Region.USE_PREF_SIZE);
        root.getChildren().addAll(take, roll);
        root.setSpacing(16);
        root.setPadding(new javafx.geometry.Insets(8));
        root.getStyleClass().add(StyleClasses.DEMO_TRAY);
        root.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
    }

    @Override
    protected void onAttached() {
        take.textProperty().bind(text.text("demo.paper.take"));
        root.visibleProperty().bind(model.receipt.isNotNull());
        root.managedProperty().bind(root.visibleProperty());
        model.receipt.addListener(drawer);
        draw(model.receipt.get());
    }

    @Override
    protected void onDetached() {
        take.textProperty().unbind();
        root.visibleProperty().unbind();
        root.managedProperty().unbind();
        model.receipt.removeListener(drawer);
    }

    private void draw(Paper receipt) {
        paper.getChildren().clear();
        if (receipt == null) {
            return;
        }
        for (Paper.Item item : receipt.items()) {
            switch (item) {
                case Paper.Line line -> paper.getChildren().add(row(line(line), line.align()));
                case Paper.Code code -> paper.getChildren().add(row(qrCode(code.payload()), Paper.Align.CENTRE));
            }
        }
    }

    /** Tall lines are the normal font stretched to twice its height, as the printer does; large ones twice as big. */
    private static Node line(Paper.Line line) {
        Label label = new Label(line.text().isEmpty() ? " " : line.text());
        label.setMinWidth(Region.USE_PREF_SIZE);
        if (line.size() == Paper.Size.LARGE) {
            label.getStyleClass().add(StyleClasses.DEMO_PAPER_LARGE);
            return label;
        }
        if (line.size() == Paper.Size.TALL) {
            label.setScaleY(2);
            return new Group(label);
        }
        return label;
    }

    private static HBox row(Node content, Paper.Align alignment) {
        HBox row = new HBox(content);
        row.setAlignment(switch (alignment) {
            case LEFT -> Pos.CENTER_LEFT;
            case CENTRE -> Pos.CENTER;
            case RIGHT -> Pos.CENTER_RIGHT;
        });
        return row;
    }

    private static ImageView qrCode(String payload) {
        BitMatrix modules = QrModules.of(payload, 2);
        int size = modules.getWidth() * QR_MODULE_PIXELS;
        WritableImage image = new WritableImage(size, size);
        PixelWriter pixels = image.getPixelWriter();
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                boolean dark = modules.get(x / QR_MODULE_PIXELS, y / QR_MODULE_PIXELS);
                pixels.setArgb(x, y, dark ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        ImageView view = new ImageView(image);
        view.setId("demo-paper-qr");
        view.setUserData(payload);
        return view;
    }
}
