package org.huzhu.server.counter;

import static org.assertj.core.api.Assertions.assertThat;

import org.huzhu.server.community.ResidentProfiles;
import org.junit.jupiter.api.Test;

/** What a resident is found by: pinyin initials (every reading), phone endings, member numbers as typed. */
class SearchKeysTest {

    @Test
    void initialsTakeTheFirstLetterOfEachCharactersReadings() {
        assertThat(PinyinInitials.of("王秀英")).containsExactly("wxy");
        // 曾 is read ceng or zeng (the surname); 单 dan, chan or shan
        assertThat(PinyinInitials.of("曾单")).containsExactlyInAnyOrder("cd", "cc", "cs", "zd", "zc", "zs");
        assertThat(PinyinInitials.of("Anna Li 李")).containsExactly("all");
        assertThat(PinyinInitials.of("123 · ?")).isEmpty();
    }

    @Test
    void initialsStayBoundedForLongAndAmbiguousNames() {
        assertThat(PinyinInitials.of("行行行行行行行行")).hasSizeLessThanOrEqualTo(PinyinInitials.MAX_VARIANTS)
                .allMatch(initials -> initials.length() == 8);
        assertThat(PinyinInitials.of("王".repeat(50))).containsExactly("w".repeat(PinyinInitials.MAX_LENGTH));
        // a character beyond the basic plane (CJK extension B) is skipped, not misread
        assertThat(PinyinInitials.of("王\uD840\uDC00英")).containsExactly("wy");
    }

    @Test
    void everyPrefixOfTheInitialsIsAKeyAndQueriesFoldCase() {
        assertThat(SearchKeys.ofName("王秀英")).containsExactly("i:w", "i:wx", "i:wxy");
        assertThat(SearchKeys.initialsQuery("WX")).contains("i:wx");
        assertThat(SearchKeys.initialsQuery("w1")).isEmpty();
        assertThat(SearchKeys.initialsQuery("王")).isEmpty();
    }

    @Test
    void aPhoneIsFoundByItsDigitsOrAnEndingOfFourDigitsOrMore() {
        String digits = ResidentProfiles.digits("+86 138-1234-5678");
        assertThat(digits).isEqualTo("8613812345678");
        assertThat(SearchKeys.ofPhone(digits)).contains("p:8613812345678", "p:13812345678", "p:5678")
                .doesNotContain("p:678").hasSize(digits.length() - 3);
        assertThat(SearchKeys.phoneQuery("138 1234-5678")).contains("p:13812345678");
        assertThat(SearchKeys.phoneQuery("678")).isEmpty();
        assertThat(SearchKeys.phoneQuery("56a8")).isEmpty();
        assertThat(SearchKeys.phoneQuery("\u0665\u0666\u0667\u0668")).as("Arabic-Indic digits").isEmpty();
        assertThat(SearchKeys.ofPhone("")).isEmpty();
    }

    @Test
    void memberNumbersAreTypedWithOrWithoutTheMAndTheZeros() {
        assertThat(MemberNumbers.format(1)).isEqualTo("M000001");
        assertThat(MemberNumbers.format(1_234_567)).isEqualTo("M1234567");
        assertThat(MemberNumbers.parse("M000001")).hasValue(1);
        assertThat(MemberNumbers.parse("m12")).hasValue(12);
        assertThat(MemberNumbers.parse("000001")).hasValue(1);
        assertThat(MemberNumbers.parse("0".repeat(39) + "7")).hasValue(7);
        assertThat(MemberNumbers.parse("M")).isEmpty();
        assertThat(MemberNumbers.parse("M-1")).isEmpty();
        assertThat(MemberNumbers.parse("1234567890")).as("beyond 9 digits").isEmpty();
        assertThat(MemberNumbers.parse("\uff11")).as("a fullwidth digit").isEmpty();
    }

    @Test
    void phonesAreMaskedButTheirLastFourDigits() {
        assertThat(ResidentSummaries.masked("13812345678")).isEqualTo("••• 5678");
        assertThat(ResidentSummaries.masked("")).isEmpty();
    }
}
