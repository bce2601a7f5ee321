package org.huzhu.protocol.payload;

import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What the centre keeps about a resident beyond their card binding, set at the counter with the resident's recorded
 * consent (ADR 0014): the language their sessions start in, a phone number and an emergency contact. Each setting
 * replaces the previous one whole; {@code ""} means "not kept" (a resident may refuse to give a phone number).
 *
 * @param language       {@code zh-CN} or {@code en}
 * @param phone          {@code ""} or 3..20 of digits, spaces, {@code +} and {@code -}
 * @param emergencyName  {@code ""} or 1..40 characters
 * @param emergencyPhone {@code ""} or a phone number as {@code phone}
 * @param consent        the version of the consent text the resident agreed to, e.g. {@code profile-2026-12}
 */
public record ResidentProfileSet(UUID residentId, String language, String phone, String emergencyName,
        String emergencyPhone, String consent) implements Payload {

    public static final Set<String> LANGUAGES = Set.of("zh-CN", "en");
    public static final int MAX_NAME = 40;
    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{3,20}");

    public ResidentProfileSet {
        Checks.present("residentId", residentId);
        Checks.present("language", language);
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("language must be one of " + LANGUAGES + ": " + language);
        }
        phone(phone, "phone");
        Checks.optionalText("emergencyName", emergencyName);
        if (emergencyName.length() > MAX_NAME) {
            throw new IllegalArgumentException("emergencyName must be at most " + MAX_NAME + " characters");
        }
        phone(emergencyPhone, "emergencyPhone");
        Checks.text("consent", consent);
    }

    /** Whether {@code value} may stand as a phone here: empty (none), or 3..20 digits, spaces, + and - with a digit. */
    public static boolean isPhone(String value) {
        return value.isEmpty() || PHONE.matcher(value).matches() && value.chars().anyMatch(Character::isDigit);
    }

    private static void phone(String value, String field) {
        Checks.present(field, value);
        if (!isPhone(value)) {
            throw new IllegalArgumentException(field + " must be empty or 3..20 digits, spaces, + and -");
        }
    }
}
