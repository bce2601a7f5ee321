package org.huzhu.kiosk.ui.counter.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huzhu.kiosk.i18n.Language;
import org.huzhu.kiosk.i18n.Messages;
import org.junit.jupiter.api.Test;

/**
 * Every rejection reason the protocol lists, and every transaction type, has its plain words in both languages; a
 * code the counter does not know yet gets a sentence that says so, never the code.
 */
class RejectionWordsTest {

    private static final Path PROTOCOL = Path.of("..", "docs", "protocol.md");

    @Test
    void theCounterKnowsEveryReasonOfTheProtocolsRejectionTable() throws Exception {
        String doc = Files.readString(PROTOCOL);
        String table = doc.substring(doc.indexOf("### Rejection reasons"), doc.indexOf("## 8."));
        Set<String> documented = new TreeSet<>();
        Matcher row = Pattern.compile("(?m)^\\| ((?:`[a-z-]+`(?:, )?)+) \\|").matcher(table);
        while (row.find()) {
            Matcher code = Pattern.compile("`([a-z-]+)`").matcher(row.group(1));
            while (code.find()) {
                documented.add(code.group(1));
            }
        }

        assertThat(documented).as("the table was read").hasSizeGreaterThan(30);
        assertThat(RejectionWords.REASONS).containsExactlyInAnyOrderElementsOf(documented);
    }

    @Test
    void everyReasonAndTypeIsWordedInBothLanguages() {
        for (Language language : Language.values()) {
            Messages messages = Messages.of(language);
            for (String reason : RejectionWords.REASONS) {
                assertThat(messages.text(RejectionWords.why(reason))).as("%s why %s", language, reason)
                        .doesNotStartWith("[").doesNotContain(reason);
                assertThat(messages.text(RejectionWords.whatToDo(reason))).as("%s what to do %s", language, reason)
                        .doesNotStartWith("[");
            }
            for (String type : RejectionWords.TYPES) {
                assertThat(messages.text(RejectionWords.type(type))).as("%s %s", language, type)
                        .doesNotStartWith("[").doesNotContain(type);
            }
        }
    }

    @Test
    void aCodeFromANewerServerIsWordedWithoutTheCode() {
        Messages english = Messages.of(Language.EN);

        assertThat(english.text(RejectionWords.why("quota-exceeded")))
                .isEqualTo("the server gave a reason this counter does not know yet.");
        assertThat(english.text(RejectionWords.type("loan.granted")))
                .isEqualTo("Something this counter does not know yet");
    }
}
