package org.huzhu.server.catalogue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A small community catalogue for a new server: eight services with a morning slot each for the next week. Until a
 * catalogue admin exists (a later issue), deployments edit the {@code service} and {@code slot} tables directly.
 */
public final class DemoCatalogue {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Object[][] SERVICES = {
        {"meal-delivery", "送餐上门", "Meal delivery", 30, 1500L, 20},
        {"home-cleaning", "家政保洁", "Home cleaning", 120, 0L, 4},
        {"physiotherapy", "康复理疗", "Physiotherapy", 60, 3000L, 6},
        {"bathing-assistance", "助浴服务", "Bathing assistance", 60, 0L, 3},
        {"haircut", "理发", "Haircut", 30, 500L, 8},
        {"medical-escort", "陪同就医", "Medical escort", 180, 0L, 2},
        {"health-check", "健康检查", "Health check", 30, 0L, 10},
        {"companionship-visit", "陪伴探访", "Companionship visit", 60, 0L, 5},
    };

    private DemoCatalogue() {
    }

    /** Seeds the catalogue if there is no service yet; returns whether it did. */
    public static boolean seedIfEmpty(Connection connection, Instant now) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM service");
             ResultSet row = query.executeQuery()) {
            row.next();
            if (row.getLong(1) > 0) {
                return false;
            }
        }
        LocalDate today = LocalDate.ofInstant(now, CHINA);
        for (Object[] service : SERVICES) {
            String code = (String) service[0];
            Catalogue.upsertService(connection, code, (String) service[1], (String) service[2], (Integer) service[3],
                    (Long) service[4], true);
            for (int day = 1; day <= 7; day++) {
                LocalDate date = today.plusDays(day);
                // Stable ids, so a re-seeded demo server and a kiosk's cached snapshot agree.
                UUID slotId = UUID.nameUUIDFromBytes((code + "@" + date).getBytes(StandardCharsets.UTF_8));
                Catalogue.upsertSlot(connection, slotId, code, date.atTime(LocalTime.of(9, 0)).atZone(CHINA)
                        .toInstant(), (Integer) service[5]);
            }
        }
        return true;
    }
}
