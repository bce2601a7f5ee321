package org.huzhu.kiosk.i18n;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The kiosk's texts in one language, from {@code org/huzhu/kiosk/i18n/messages*.properties}.
 * The base bundle is Simplified Chinese (the default language); never falls back to the JVM's locale, so a kiosk on an
 * English-configured OS still shows Chinese by default. Thread-safe.
 */
public final class Messages {

    static final String BUNDLE = "org.huzhu.kiosk.i18n.messages";
    private static final ResourceBundle.Control NO_LOCALE_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Map<Language, Messages> CACHE = new EnumMap<>(Language.class);

    private final Language language;
    private final ResourceBundle bundle;

    private Messages(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(), NO_LOCALE_FALLBACK);
    }

    public static synchronized Messages of(Language language) {
        return CACHE.computeIfAbsent(language, Messages::new);
    }

    public Language language() {
        return language;
    }

    /** Whether there are words for {@code key} (every language has the same keys). */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The text for {@code key}; a missing key shows as the key itself in brackets rather than failing a screen. */
    public String text(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
    }

    /** The text for {@code key} with {@link MessageFormat} arguments in this language's locale. */
    public String format(String key, Object... arguments) {
        return new MessageFormat(text(key), language.locale()).format(arguments);
    }

    ResourceBundle bundle() {
        return bundle;
    }

    /** An amount of time in words: "1 小时 30 分钟" / "1 hour 30 minutes"; negative amounts keep their sign in front. */
    public String minutes(long minutes) {
        String sign = minutes < 0 ? "-" : "";
        long amount = Math.abs(minutes);
        long hours = amount / 60;
        long rest = amount % 60;
        if (hours == 0) {
            return sign + format("amount.minutes", rest);
        }
        return sign + (rest == 0 ? format("amount.hours", hours) : format("amount.hoursMinutes", hours, rest));
    }
}
