package org.huzhu.kiosk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void everyLanguageHasEveryKeyWithText() {
        var reference = Messages.of(Language.ZH_CN).bundle().keySet();
        for (Language language : Language.values()) {
            Messages messages = Messages.of(language);
            assertThat(messages.bundle().keySet()).as(language.tag()).containsExactlyInAnyOrderElementsOf(reference);
            reference.forEach(key -> assertThat(messages.text(key)).as("%s %s", language.tag(), key).isNotBlank());
        }
    }

    @Test
    void defaultLanguageDoesNotFollowTheMachineLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertThat(Messages.of(Language.ZH_CN).text("attract.welcome")).isEqualTo("请刷社保卡或看摄像头");
        } finally {
            Locale.setDefault(saved);
        }
        assertThat(Messages.of(Language.EN).text("attract.welcome")).isEqualTo("Tap your card or look at the camera");
    }

    @Test
    void clockPatternsFormatInTheirLanguage() {
        LocalDateTime monday = LocalDateTime.of(2026, 11, 23, 9, 30);
        assertThat(format(Language.ZH_CN, monday)).isEqualTo("2026年11月23日 星期一");
        assertThat(format(Language.EN, monday)).isEqualTo("Monday 23 November 2026");
    }

    @Test
    void missingKeyShowsTheKeyInsteadOfFailing() {
        assertThat(Messages.of(Language.EN).text("no.such.key")).isEqualTo("[no.such.key]");
    }

    @Test
    void languageTagsAndToggleOrder() {
        assertThat(Language.fromTag(" ZH-cn ")).contains(Language.ZH_CN);
        assertThat(Language.fromTag("de")).isEmpty();
        assertThat(Language.ZH_CN.next()).isEqualTo(Language.EN);
        assertThat(Language.EN.next()).isEqualTo(Language.ZH_CN);
    }

    private static String format(Language language, LocalDateTime time) {
        return DateTimeFormatter.ofPattern(Messages.of(language).text("clock.date"), language.locale()).format(time);
    }
}
