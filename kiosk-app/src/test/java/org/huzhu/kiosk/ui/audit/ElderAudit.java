package org.huzhu.kiosk.ui.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import org.huzhu.kiosk.ui.kit.DigitPad;
import org.huzhu.themes.Contrast;
import org.huzhu.themes.StyleClasses;

/**
 * The elder-friendly rules of issue 6, checked on a shown scene as it is rendered (the counter's screens against the
 * counter's own numbers, {@link Thresholds#COUNTER}). {@link #audit} returns every violation, each naming the node
 * (by id, else by its text) and the rule (with the kiosk's numbers):
 * <ul>
 * <li>{@link Rule#TEXT_SIZE}: every visible text is drawn at least {@value #MIN_TEXT_PX} px high (its {@code Text}
 *     node's actual font size), except on the demo printer's paper ({@link StyleClasses#DEMO_PAPER}: a picture of
 *     the printout at its own scale);</li>
 * <li>{@link Rule#HEADING_SIZE}: texts styled {@link StyleClasses#TITLE} or {@link StyleClasses#HEADING} at least
 *     {@value #MIN_HEADING_PX} px;</li>
 * <li>{@link Rule#TARGET_SIZE}: every visible, enabled {@link ButtonBase} (a touch target) at least
 *     {@value #MIN_TARGET_PX} × {@value #MIN_TARGET_PX} px in scene coordinates;</li>
 * <li>{@link Rule#TARGET_SPACING}: every two touch targets at least {@value #MIN_GAP_PX} px apart (the shortest
 *     distance between their bounds);</li>
 * <li>{@link Rule#CONTRAST}: at least {@value #MIN_CONTRAST}:1 (WCAG relative luminance) between every enabled
 *     text's colour (its fill, faded by its and its ancestors' opacity) and its actual background: the dominant colour
 *     under the text's bounds in a snapshot of the scene rendered with every text hidden (disabled controls are
 *     exempt, as in WCAG 1.4.6);</li>
 * <li>{@link Rule#PRIMARY_CHOICES}: at most {@value #MAX_PRIMARY_CHOICES} primary choices. A primary choice is a
 *     visible, enabled touch target that is not inside the shell's top bar ({@link StyleClasses#TOP_BAR}: read
 *     aloud, volume, larger text, language) or demo tray ({@link StyleClasses#DEMO_TRAY}), and is not a navigation
 *     button ({@link StyleClasses#NAVIGATION}: Home, Back); the keys of a {@link DigitPad} are one choice together
 *     (entering a number);</li>
 * <li>{@link Rule#TRUNCATED}: no {@link Labeled} shows less than its text (its rendered text differs from
 *     {@code getText()}, e.g. cut short with an ellipsis);</li>
 * <li>{@link Rule#OUTSIDE_WINDOW}: no text or touch target reaches outside the window (nodes in a
 *     {@link ScrollPane} are exempt: they scroll).</li>
 * </ul>
 * While a modal layer ({@link StyleClasses#OVERLAY}) is shown, the nodes it covers cannot be seen well or touched, so
 * only the layer and what it leaves uncovered are audited. FX thread only.
 */
public final class ElderAudit {

    public static final double MIN_TEXT_PX = 24;
    public static final double MIN_HEADING_PX = 36;
    public static final double MIN_TARGET_PX = 72;
    public static final double MIN_GAP_PX = 16;
    public static final double MIN_CONTRAST = 7;
    public static final int MAX_PRIMARY_CHOICES = 6;

    /**
     * The numbers a screen is held to: the kiosk's for elderly residents on a touch screen (the constants above), or
     * the counter's for staff with a mouse and keyboard (issue 12: text at least 18 px, targets at least 44 px, the
     * same 7:1 contrast; forms and tables may offer many choices).
     */
    public record Thresholds(double minTextPx, double minHeadingPx, double minTargetPx, double minGapPx,
            double minContrast, int maxPrimaryChoices) {

        public static final Thresholds KIOSK = new Thresholds(MIN_TEXT_PX, MIN_HEADING_PX, MIN_TARGET_PX, MIN_GAP_PX,
                MIN_CONTRAST, MAX_PRIMARY_CHOICES);
        public static final Thresholds COUNTER = new Thresholds(18, 24, 44, 8, 7, Integer.MAX_VALUE);
    }
    /** Sub-pixel layout rounding is no violation. */
    private static final double TOLERANCE_PX = 0.5;

    /** The rules, as named in violations. */
    public enum Rule {
        TEXT_SIZE, HEADING_SIZE, TARGET_SIZE, TARGET_SPACING, CONTRAST, PRIMARY_CHOICES, TRUNCATED, OUTSIDE_WINDOW
    }

    /** One broken rule at one node. */
    public record Violation(Rule rule, String node, String detail) {

        @Override
        public String toString() {
            return rule + " " + node + ": " + detail;
        }
    }

    private final Scene scene;
    private final Thresholds limits;
    private final List<Violation> violations = new ArrayList<>();
    private final List<Node> audited = new ArrayList<>();
    private final List<Bounds> overlays = new ArrayList<>();

    private ElderAudit(Scene scene, Thresholds limits) {
        this.scene = scene;
        this.limits = limits;
    }

    /** Every violation of the kiosk's rules in {@code scene}, which must be shown and laid out. FX thread only. */
    public static List<Violation> audit(Scene scene) {
        return audit(scene, Thresholds.KIOSK);
    }

    /** Every violation of {@code limits} in {@code scene}, which must be shown and laid out. FX thread only. */
    public static List<Violation> audit(Scene scene, Thresholds limits) {
        ElderAudit audit = new ElderAudit(scene, limits);
        audit.run();
        return List.copyOf(audit.violations);
    }

    private void run() {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        List<Node> shown = new ArrayList<>();
        collectShown(scene.getRoot(), shown);
        shown.stream().filter(node -> node.getStyleClass().contains(StyleClasses.OVERLAY))
                .forEach(overlay -> overlays.add(sceneBounds(overlay)));
        shown.stream().filter(node -> !isCovered(node)).forEach(audited::add);

        List<Text> texts = audited.stream().filter(Text.class::isInstance).map(Text.class::cast)
                .filter(text -> !text.getText().isBlank()).toList();
        List<ButtonBase> targets = audited.stream().filter(ButtonBase.class::isInstance).map(ButtonBase.class::cast)
                .filter(button -> !button.isDisabled()).toList();
        texts.forEach(this::checkTextSize);
        checkContrast(texts.stream().filter(text -> !text.isDisabled()).toList());
        checkTargets(targets);
        checkPrimaryChoices(targets);
        audited.stream().filter(Labeled.class::isInstance).map(Labeled.class::cast).forEach(this::checkTruncation);
        texts.forEach(this::checkInsideWindow);
        targets.forEach(this::checkInsideWindow);
    }

    private void checkTextSize(Text text) {
        if (hasAncestorWithStyleClass(text, StyleClasses.DEMO_PAPER)) {
            // The demo printer's paper is a picture of the printout, at its scale; its large print is the printer's.
            return;
        }
        double size = text.getFont().getSize();
        Node styled = owner(text);
        boolean heading = styled.getStyleClass().contains(StyleClasses.TITLE)
                || styled.getStyleClass().contains(StyleClasses.HEADING);
        if (size < limits.minTextPx() - TOLERANCE_PX) {
            report(Rule.TEXT_SIZE, text, "font %.1f px < %.0f px".formatted(size, limits.minTextPx()));
        } else if (heading && size < limits.minHeadingPx() - TOLERANCE_PX) {
            report(Rule.HEADING_SIZE, text, "heading font %.1f px < %.0f px".formatted(size, limits.minHeadingPx()));
        }
    }

    /** Renders the scene once with every text hidden, then compares each text's colour with what lies under it. */
    private void checkContrast(List<Text> texts) {
        Map<Text, Double> opacity = new IdentityHashMap<>();
        texts.forEach(text -> {
            opacity.put(text, text.getOpacity());
            text.setOpacity(0);
        });
        WritableImage background;
        try {
            background = scene.snapshot(null);
        } finally {
            opacity.forEach(Text::setOpacity);
        }
        for (Text text : texts) {
            if (!(text.getFill() instanceof Color fill)) {
                report(Rule.CONTRAST, text, "fill " + text.getFill() + " is not one colour");
                continue;
            }
            Color under = dominantColour(background, sceneBounds(text));
            Color drawn = fade(fill, fill.getOpacity() * cumulativeOpacity(text), under);
            double ratio = Contrast.ratio(rgb(drawn), rgb(under));
            if (ratio < limits.minContrast()) {
                report(Rule.CONTRAST, text, "%.2f:1 (%s on %s) < %.0f:1".formatted(ratio, hex(drawn), hex(under),
                        limits.minContrast()));
            }
        }
    }

    private void checkTargets(List<ButtonBase> targets) {
        List<Bounds> bounds = targets.stream().map(ElderAudit::sceneBounds).toList();
        for (int i = 0; i < targets.size(); i++) {
            Bounds b = bounds.get(i);
            double minTarget = limits.minTargetPx();
            if (b.getWidth() < minTarget - TOLERANCE_PX || b.getHeight() < minTarget - TOLERANCE_PX) {
                report(Rule.TARGET_SIZE, targets.get(i), "%.0f × %.0f px < %.0f × %.0f px".formatted(b.getWidth(),
                        b.getHeight(), minTarget, minTarget));
            }
            for (int j = i + 1; j < targets.size(); j++) {
                double gap = gap(b, bounds.get(j));
                if (gap < limits.minGapPx() - TOLERANCE_PX) {
                    report(Rule.TARGET_SPACING, targets.get(i), "%.1f px from %s < %.0f px".formatted(gap,
                            describe(targets.get(j)), limits.minGapPx()));
                }
            }
        }
    }

    private void checkPrimaryChoices(List<ButtonBase> targets) {
        List<String> choices = targets.stream()
                .filter(button -> !button.getStyleClass().contains(StyleClasses.NAVIGATION))
                .filter(button -> !hasAncestorWithStyleClass(button, StyleClasses.TOP_BAR)
                        && !hasAncestorWithStyleClass(button, StyleClasses.DEMO_TRAY))
                .map(button -> digitPadOf(button).<Node>map(pad -> pad).orElse(button))
                .distinct()
                .map(ElderAudit::describe)
                .toList();
        if (choices.size() > limits.maxPrimaryChoices()) {
            violations.add(new Violation(Rule.PRIMARY_CHOICES, "screen", "%d primary choices > %d: %s".formatted(
                    choices.size(), limits.maxPrimaryChoices(), String.join(", ", choices))));
        }
    }

    private void checkTruncation(Labeled labeled) {
        String full = labeled.getText();
        if (full == null || full.isBlank()) {
            return;
        }
        labeled.getChildrenUnmodifiable().stream()
                .filter(child -> child instanceof Text && child.getStyleClass().contains("text"))
                .map(child -> ((Text) child).getText())
                .filter(rendered -> !rendered.equals(withoutMnemonic(labeled, full)))
                .findFirst()
                .ifPresent(rendered -> report(Rule.TRUNCATED, labeled, "shows '%s'".formatted(rendered)));
    }

    private void checkInsideWindow(Node node) {
        if (hasAncestor(node, ScrollPane.class)) {
            return;
        }
        Bounds b = sceneBounds(node);
        if (b.getMinX() < -TOLERANCE_PX || b.getMinY() < -TOLERANCE_PX
                || b.getMaxX() > scene.getWidth() + TOLERANCE_PX || b.getMaxY() > scene.getHeight() + TOLERANCE_PX) {
            report(Rule.OUTSIDE_WINDOW, node, "bounds %.0f,%.0f-%.0f,%.0f outside the %.0f × %.0f window".formatted(
                    b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY(), scene.getWidth(), scene.getHeight()));
        }
    }

    private static void collectShown(Node node, List<Node> shown) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        shown.add(node);
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectShown(child, shown));
        }
    }

    /** Under a shown modal layer, and not part of it. */
    private boolean isCovered(Node node) {
        if (overlays.isEmpty() || hasAncestorWithStyleClass(node, StyleClasses.OVERLAY)) {
            return false;
        }
        Bounds b = sceneBounds(node);
        return overlays.stream().anyMatch(overlay -> overlay.intersects(b));
    }

    private void report(Rule rule, Node node, String detail) {
        violations.add(new Violation(rule, describe(node), detail));
    }

    /** The node by id, or by text, or by type; a text inside a control is named by its control. */
    static String describe(Node node) {
        Node named = owner(node);
        String text = named instanceof Labeled labeled ? labeled.getText()
                : named instanceof Text t ? t.getText() : null;
        String quoted = text == null || text.isBlank() ? "" : " '" + text + "'";
        if (named.getId() != null) {
            return "#" + named.getId() + quoted;
        }
        return quoted.isEmpty() ? named.getClass().getSimpleName() : quoted.strip();
    }

    /** The control a text belongs to (its {@link Labeled} parent), else the node itself. */
    private static Node owner(Node node) {
        return node instanceof Text && node.getParent() instanceof Labeled labeled ? labeled : node;
    }

    private static String withoutMnemonic(Labeled labeled, String text) {
        return labeled.isMnemonicParsing() ? text.replaceFirst("_(?=.)", "") : text;
    }

    static Bounds sceneBounds(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }

    /** The shortest distance between two rectangles; 0 if they touch or overlap. */
    static double gap(Bounds a, Bounds b) {
        double dx = Math.max(0, Math.max(a.getMinX() - b.getMaxX(), b.getMinX() - a.getMaxX()));
        double dy = Math.max(0, Math.max(a.getMinY() - b.getMaxY(), b.getMinY() - a.getMaxY()));
        return Math.hypot(dx, dy);
    }

    private static boolean hasAncestorWithStyleClass(Node node, String styleClass) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains(styleClass)) {
                return true;
            }
        }
        return false;
    }

    private static java.util.Optional<DigitPad> digitPadOf(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof DigitPad pad) {
                return java.util.Optional.of(pad);
            }
        }
        return java.util.Optional.empty();
    }

    private static boolean hasAncestor(Node node, Class<? extends Node> type) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (type.isInstance(n)) {
                return true;
            }
        }
        return false;
    }

    private static double cumulativeOpacity(Node node) {
        double opacity = 1;
        for (Node n = node; n != null; n = n.getParent()) {
            opacity *= n.getOpacity();
        }
        return opacity;
    }

    /** The commonest pixel colour inside {@code bounds}: the background, when the text itself is hidden. */
    private static Color dominantColour(WritableImage image, Bounds bounds) {
        PixelReader pixels = image.getPixelReader();
        int x0 = clamp(bounds.getMinX(), image.getWidth());
        int x1 = clamp(bounds.getMaxX(), image.getWidth());
        int y0 = clamp(bounds.getMinY(), image.getHeight());
        int y1 = clamp(bounds.getMaxY(), image.getHeight());
        Map<Integer, Integer> counts = new HashMap<>();
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                counts.merge(pixels.getArgb(x, y), 1, Integer::sum);
            }
        }
        int argb = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(0xffffffff);
        return Color.rgb(argb >> 16 & 0xff, argb >> 8 & 0xff, argb & 0xff);
    }

    private static int clamp(double coordinate, double size) {
        return (int) Math.max(0, Math.min(size, Math.round(coordinate)));
    }

    private static Color fade(Color colour, double alpha, Color over) {
        return new Color(alpha * colour.getRed() + (1 - alpha) * over.getRed(),
                alpha * colour.getGreen() + (1 - alpha) * over.getGreen(),
                alpha * colour.getBlue() + (1 - alpha) * over.getBlue(), 1);
    }

    private static int rgb(Color colour) {
        return (int) Math.round(colour.getRed() * 255) << 16 | (int) Math.round(colour.getGreen() * 255) << 8
                | (int) Math.round(colour.getBlue() * 255);
    }

    private static String hex(Color colour) {
        return "#%06x".formatted(rgb(colour));
    }
}
