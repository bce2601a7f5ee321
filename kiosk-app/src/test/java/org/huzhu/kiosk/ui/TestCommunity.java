package org.huzhu.kiosk.ui;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.huzhu.devices.card.sim.DemoCards;
import org.huzhu.kiosk.journal.OpenJournal;

/**
 * What a demo kiosk's first snapshot brings, written straight into its snapshot tables so screen tests do not wait
 * for a server: the haircut and health-check services with two times on each of the next three days, the demo
 * residents' balances (王秀英 240 minutes, 李建国 90) and their family link, and two volunteer tasks today.
 */
public final class TestCommunity {

    static final UUID WANG = demoResident(DemoCards.WANG_XIUYING.cardNumber());
    static final UUID LI = demoResident(DemoCards.LI_JIANGUO.cardNumber());

    private TestCommunity() {
    }

    public static void seed(OpenJournal journal) throws Exception {
        Instant now = TestKiosks.MONDAY_MORNING.instant();
        LocalDate today = LocalDate.ofInstant(now, TestKiosks.SHANGHAI);
        journal.database().inTransaction(connection -> {
            try (var statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO snapshot_state VALUES (1, 1, '" + now + "', 0, 0, 30, 120, 4320, '"
                        + now + "')");
                statement.executeUpdate("""
                        INSERT INTO service VALUES
                          ('haircut', '理发', 'Haircut', '社区志愿者理发队', 'Volunteer barbers', '社区服务中心 2 号室',
                           'Community centre, room 2', 30, 500, 1),
                          ('health-check', '健康检查', 'Health check', '社区卫生服务站', 'Community health station',
                           '社区服务中心 1 号室', 'Community centre, room 1', 0, 0, 1)""");
                statement.executeUpdate("INSERT INTO balance VALUES ('" + WANG + "', 240), ('" + LI + "', 90)");
                statement.executeUpdate("INSERT INTO family_link VALUES ('" + WANG + "', '" + LI + "'), ('" + LI
                        + "', '" + WANG + "')");
            }
            try (PreparedStatement slot = connection.prepareStatement("INSERT INTO slot VALUES (?, ?, ?, ?, 0)")) {
                for (String service : new String[] {"haircut", "health-check"}) {
                    for (int day = 1; day <= 3; day++) {
                        for (LocalTime time : new LocalTime[] {LocalTime.of(9, 0), LocalTime.of(14, 30)}) {
                            Instant start = today.plusDays(day).atTime(time).atZone(TestKiosks.SHANGHAI).toInstant();
                            slot.setString(1, UUID.nameUUIDFromBytes((service + start).getBytes(StandardCharsets.UTF_8))
                                    .toString());
                            slot.setString(2, service);
                            slot.setString(3, start.toString());
                            slot.setInt(4, 6);
                            slot.executeUpdate();
                        }
                    }
                }
            }
            try (PreparedStatement task = connection.prepareStatement(
                    "INSERT INTO volunteer_task VALUES (?, ?, ?, ?, ?, ?, ?, 1)")) {
                Object[][] tasks = {
                    {"陪伴老人聊天", "Keep an elderly neighbour company", "3 号楼", "Building 3", LocalTime.of(10, 0), 60},
                    {"食堂帮厨", "Help in the canteen kitchen", "长者食堂", "Seniors' canteen", LocalTime.of(11, 0), 90},
                };
                for (Object[] row : tasks) {
                    task.setString(1, UUID.nameUUIDFromBytes(((String) row[1]).getBytes(StandardCharsets.UTF_8))
                            .toString());
                    task.setString(2, (String) row[0]);
                    task.setString(3, (String) row[1]);
                    task.setString(4, (String) row[2]);
                    task.setString(5, (String) row[3]);
                    task.setString(6, today.atTime((LocalTime) row[4]).atZone(TestKiosks.SHANGHAI).toInstant()
                            .toString());
                    task.setInt(7, (Integer) row[5]);
                    task.executeUpdate();
                }
            }
            return null;
        });
    }

    private static UUID demoResident(String cardNumber) {
        return UUID.nameUUIDFromBytes(("demo-resident:" + cardNumber).getBytes(StandardCharsets.UTF_8));
    }
}
