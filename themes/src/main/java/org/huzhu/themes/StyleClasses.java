package org.huzhu.themes;

/**
 * Every CSS style class the base theme defines, so Java code never spells one as a loose string.
 * {@code StyleClassesTest} checks that each constant has a rule in {@code base.css}.
 */
public final class StyleClasses {

    /** Largest text: the attract screen's welcome (2em = 48 px at the default scale). */
    public static final String TITLE = "title";
    /** Headings (1.5em = 36 px). */
    public static final String HEADING = "heading";
    /** Body-size text in bold: the facts of a booking or transfer (the heading size does not fit six of them). */
    public static final String EMPHASIS = "emphasis";
    /** Text in a muted (still ≥ 7:1) colour. */
    public static final String MUTED = "muted";
    /** The clock's time of day (3em). */
    public static final String CLOCK_TIME = "clock-time";
    /** The strip across the top of every screen. */
    public static final String TOP_BAR = "top-bar";
    /** The centre's name in the top bar. */
    public static final String CENTRE_NAME = "centre-name";
    /** A card-like panel on the page background. */
    public static final String PANEL = "panel";
    /** The pictogram inside a panel. */
    public static final String PICTOGRAM = "pictogram";
    /** The accent fill of a pictogram. */
    public static final String PICTOGRAM_ACCENT = "pictogram-accent";
    /** A secondary button (outlined rather than filled). */
    public static final String BUTTON_SECONDARY = "button-secondary";
    /** The "demo mode" badge. */
    public static final String DEMO_BADGE = "demo-badge";
    /** A strip that warns of a problem the kiosk is working on (e.g. no card reader). */
    public static final String BANNER_WARNING = "banner-warning";
    /** The demo mode's tray of cards to "tap". */
    public static final String DEMO_TRAY = "demo-tray";
    /**
     * A scroll pane that is part of the page, not a box on it (no border, the page's background): what does not fit a
     * small window (1024 × 768 with larger text) scrolls instead of being cut short or pushed out of the window.
     */
    public static final String SCROLL_AREA = "scroll-area";
    /** The demo printer's paper, showing a receipt as the printer would print it. */
    public static final String DEMO_PAPER = "demo-paper";
    /** A large-print (double width and height) line on the demo printer's paper. */
    public static final String DEMO_PAPER_LARGE = "demo-paper-large";
    /** The camera screen's live picture: a dark frame around it, so an empty picture still shows where to look. */
    public static final String CAMERA_PREVIEW = "camera-preview";
    /** The oval over the live picture that shows where the face goes. */
    public static final String CAMERA_GUIDE = "camera-guide";
    /** "Camera on": a red dot and words, shown whenever the camera is on (issue 14). */
    public static final String CAMERA_ON = "camera-on";
    /**
     * A navigation button (Home, Back): always offered, so the elder-friendly audit does not count it among a
     * screen's at most six primary choices.
     */
    public static final String NAVIGATION = "navigation";
    /** A small drawing inside a button (e.g. the speaker), in the button's text colour. */
    public static final String BUTTON_ICON = "button-icon";
    /** The larger text step: set on the screen area, it scales every em inside by 1.25 (30 px body text). */
    public static final String LARGE_TEXT = "large-text";
    /**
     * The kiosk at rest outside opening hours (ADR 0022): set on the scene's root, it swaps the palette for a dark
     * one, every text still at 7:1.
     */
    public static final String DIMMED = "dimmed";
    /** A modal layer over the screen: dims and blocks everything under it. */
    public static final String OVERLAY = "overlay";
    /** The panel of a question asked on an {@link #OVERLAY}. */
    public static final String DIALOG = "dialog";
    /** A row of buttons, spaced so that touch targets stay at least 16 px apart. */
    public static final String BUTTON_ROW = "button-row";
    /** A big number counting down seconds (3em). */
    public static final String COUNTDOWN = "countdown";
    /**
     * The staff counter's frame (ADR 0013): the same palette at 18 px body text (0.75em of the root's 24 px) for a
     * staff PC with mouse and keyboard; every em inside follows, and its buttons are 2.5em (45 px) high.
     */
    public static final String COUNTER = "counter";
    /** The counter's navigation column on the left. */
    public static final String COUNTER_NAV = "counter-nav";
    /** The counter's content area: a screen with room around it. */
    public static final String COUNTER_CONTENT = "counter-content";
    /** A line of input at the counter: a text field, or a box to tick, at least a target high. */
    public static final String FORM_FIELD = "form-field";

    private StyleClasses() {
    }
}
