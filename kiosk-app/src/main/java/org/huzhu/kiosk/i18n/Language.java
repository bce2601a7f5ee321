package org.huzhu.kiosk.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages the kiosk speaks. The first is the default; the tag is what configuration files use. */
public enum Language {
    ZH_CN("zh-CN", Locale.SIMPLIFIED_CHINESE),
    EN("en", Locale.ENGLISH);

    private final String tag;
    private final Locale locale;

    Language(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /** The language the toggle switches to: with two languages, simply the other one. */
    public Language next() {
        return values()[(ordinal() + 1) % values().length];
    }

    public static Optional<Language> fromTag(String tag) {
        return Arrays.stream(values()).filter(l -> l.tag.equalsIgnoreCase(tag.strip())).findFirst();
    }
}
