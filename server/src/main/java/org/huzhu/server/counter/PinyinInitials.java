package org.huzhu.server.counter;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * The pinyin initials staff type to find a resident: 王秀英 is {@code wxy}. A character with several readings gives
 * every one (曾 is {@code c} or {@code z}: as a surname it is read zeng, which the dictionary lists second), up to
 * {@link #MAX_VARIANTS} spellings of a name; past that, further characters take their first reading only. A run of
 * ASCII letters (a Latin name, "Anna") gives its first letter; anything else gives nothing. Only the first
 * {@link #MAX_LENGTH} initials count. Thread-safe.
 */
final class PinyinInitials {

    static final int MAX_VARIANTS = 8;
    static final int MAX_LENGTH = 12;

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private PinyinInitials() {
    }

    /** Every spelling of the name's initials, in lower-case ASCII; empty strings are left out. */
    static Set<String> of(String name) {
        Set<String> variants = new LinkedHashSet<>(Set.of(""));
        int previous = 0;
        for (int i = 0; i < name.length(); ) {
            int codePoint = name.codePointAt(i);
            i += Character.charCount(codePoint);
            Set<Character> letters = initialsOf(codePoint, previous);
            previous = codePoint;
            if (letters.isEmpty() || variants.iterator().next().length() >= MAX_LENGTH) {
                continue;
            }
            Set<String> longer = new LinkedHashSet<>();
            for (String variant : variants) {
                for (char letter : letters) {
                    longer.add(variant + letter);
                }
            }
            if (longer.size() > MAX_VARIANTS) {
                longer.clear();
                char first = letters.iterator().next();
                variants.forEach(variant -> longer.add(variant + first));
            }
            variants = longer;
        }
        variants.remove("");
        return variants;
    }

    private static Set<Character> initialsOf(int codePoint, int previous) {
        Set<Character> letters = new LinkedHashSet<>();
        if (isAsciiLetter(codePoint)) {
            if (!isAsciiLetter(previous)) {
                letters.add(Character.toLowerCase((char) codePoint));
            }
            return letters;
        }
        if (!Character.isBmpCodePoint(codePoint)) {
            return letters; // pinyin4j knows the basic multilingual plane only
        }
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray((char) codePoint, FORMAT);
            if (readings != null) {
                for (String reading : readings) {
                    if (reading.isEmpty()) {
                        continue;
                    }
                    char initial = reading.toLowerCase(Locale.ROOT).charAt(0);
                    if (initial >= 'a' && initial <= 'z') {
                        letters.add(initial);
                    }
                }
            }
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException("a fixed, valid pinyin format was refused", e);
        }
        return letters;
    }

    private static boolean isAsciiLetter(int codePoint) {
        return codePoint >= 'a' && codePoint <= 'z' || codePoint >= 'A' && codePoint <= 'Z';
    }
}
