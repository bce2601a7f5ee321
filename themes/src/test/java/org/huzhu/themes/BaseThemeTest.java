package org.huzhu.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks the base stylesheet's own promises: palette contrast, em-only sizes, and the style-class constants. */
class BaseThemeTest {

    private static final Pattern ROOT_BLOCK = Pattern.compile("\\.root\\s*\\{([^}]*)}");
    /** The dark palette of {@link StyleClasses#DIMMED}: the only other place colours are defined. */
    private static final Pattern DIMMED_BLOCK = Pattern.compile("\\.root\\.dimmed\\s*\\{([^}]*)}");
    private static final Pattern COLOUR = Pattern.compile("(-color-[a-z-]+)\\s*:\\s*#([0-9a-fA-F]{6})\\s*;");

    /** Every foreground/background pair the stylesheet combines for text. */
    private static final List<String[]> TEXT_PAIRS = List.of(
            new String[] {"-color-fg", "-color-bg"},
            new String[] {"-color-fg", "-color-surface"},
            new String[] {"-color-fg-muted", "-color-bg"},
            new String[] {"-color-fg-muted", "-color-surface"},
            new String[] {"-color-on-accent", "-color-accent"},
            new String[] {"-color-on-accent", "-color-accent-pressed"},
            new String[] {"-color-accent", "-color-surface"},
            new String[] {"-color-accent", "-color-accent-subtle"},
            new String[] {"-color-fg", "-color-badge-bg"},
            new String[] {"-color-fg", "-color-accent-subtle"},
            new String[] {"-color-on-danger", "-color-danger"},
            new String[] {"-color-on-camera-frame", "-color-camera-frame"},
            new String[] {"-color-ink", "-color-paper"});

    private static String css;
    private static Map<String, String> palette;
    private static Map<String, String> dimmedPalette;

    @BeforeAll
    static void readStylesheet() throws IOException {
        try (InputStream in = Theme.resource("base.css").openStream()) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher root = ROOT_BLOCK.matcher(css);
        assertThat(root.find()).as(".root block").isTrue();
        palette = new LinkedHashMap<>();
        Matcher colour = COLOUR.matcher(root.group(1));
        while (colour.find()) {
            palette.put(colour.group(1), colour.group(2));
        }
        Matcher dimmed = DIMMED_BLOCK.matcher(css);
        assertThat(dimmed.find()).as(".root.dimmed block").isTrue();
        // Colours the dark palette does not redefine stay the light one's (the camera frame is dark already).
        dimmedPalette = new LinkedHashMap<>(palette);
        Matcher dark = COLOUR.matcher(dimmed.group(1));
        while (dark.find()) {
            dimmedPalette.put(dark.group(1), dark.group(2));
        }
    }

    @Test
    void everyTextPairHasAtLeastSevenToOneContrast() {
        for (String[] pair : TEXT_PAIRS) {
            assertThat(palette).containsKeys(pair);
            double ratio = Contrast.ratio(palette.get(pair[0]), palette.get(pair[1]));
            assertThat(ratio).as("contrast of %s on %s", pair[0], pair[1]).isGreaterThanOrEqualTo(7.0);
        }
    }

    @Test
    void everyTextPairOfTheDimmedPaletteHasAtLeastSevenToOneContrast() {
        for (String[] pair : TEXT_PAIRS) {
            double ratio = Contrast.ratio(dimmedPalette.get(pair[0]), dimmedPalette.get(pair[1]));
            assertThat(ratio).as("dimmed: contrast of %s on %s", pair[0], pair[1]).isGreaterThanOrEqualTo(7.0);
        }
    }

    @Test
    void paletteIsDefinedOnlyOnRoot() {
        String outsideRoot = DIMMED_BLOCK.matcher(ROOT_BLOCK.matcher(css).replaceFirst("")).replaceFirst("");
        assertThat(COLOUR.matcher(outsideRoot).find()).as("a -color-… definition outside .root").isFalse();
        assertThat(outsideRoot).as("hex colours outside .root").doesNotContainPattern("#[0-9a-fA-F]{3,6}\\b");
    }

    @Test
    void onlyTheRootFontSizeIsInPixels() {
        Matcher rootBlock = ROOT_BLOCK.matcher(css);
        assertThat(rootBlock.find()).isTrue();
        assertThat(rootBlock.group(1)).contains("-fx-font-size: " + Theme.BASE_FONT_SIZE_PX + "px;");
        String outsideRoot = rootBlock.replaceFirst("");
        assertThat(outsideRoot).doesNotContainPattern("-fx-font-size:\\s*[0-9.]+px");
        assertThat(outsideRoot).doesNotContainPattern("-fx-(padding|spacing|min-height|min-width)[^;]*[0-9]px");
    }

    @Test
    void everyStyleClassConstantHasARule() throws IllegalAccessException {
        List<Field> constants = Arrays.stream(StyleClasses.class.getDeclaredFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .toList();
        assertThat(constants).isNotEmpty();
        for (Field constant : constants) {
            String styleClass = (String) constant.get(null);
            assertThat(css).as("rule for %s", constant.getName()).containsPattern("\\." + styleClass + "[\\s,{:.]");
        }
    }

    @Test
    void noRuleOverridesTheTextColourInsideButtons() {
        // LabeledText nodes carry the style class "text"; a fill set there beats each control's own text fill.
        assertThat(css).doesNotContainPattern("(^|[\\s,}])\\.text\\s*[,{]");
    }

    @Test
    void baseStylesheetUrlResolves() {
        assertThat(Theme.baseStylesheet()).endsWith("org/huzhu/themes/base.css");
    }
}
