package org.huzhu.kiosk.community;

import org.huzhu.kiosk.i18n.Language;

/**
 * A community service residents can book, from the server's catalogue.
 *
 * @param costMinutes time-bank minutes redeemed when booked (0: free or paid in money only)
 * @param costFen     money paid on the day, in fen (0: nothing to pay)
 */
public record Service(String code, String nameZh, String nameEn, String providerZh, String providerEn, String placeZh,
        String placeEn, int costMinutes, long costFen) {

    public String name(Language language) {
        return language == Language.ZH_CN ? nameZh : nameEn;
    }

    public String provider(Language language) {
        return language == Language.ZH_CN ? providerZh : providerEn;
    }

    public String place(Language language) {
        return language == Language.ZH_CN ? placeZh : placeEn;
    }
}
