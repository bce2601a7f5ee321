package org.huzhu.server.catalogue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.huzhu.server.catalogue.Catalogue.ServiceOffer;
import org.huzhu.server.community.VolunteerTasks;
import org.huzhu.server.store.Queries;

/**
 * A small community catalogue for a new server: eight services with a morning and an afternoon slot on each of the
 * next seven days, and three volunteer tasks on each of the seven days from today. Until a catalogue admin exists (a
 * later issue), deployments edit the {@code service}, {@code slot} and {@code volunteer_task} tables directly.
 */
public final class DemoCatalogue {

    private static final LocalTime MORNING = LocalTime.of(9, 0);
    private static final LocalTime AFTERNOON = LocalTime.of(14, 30);
    private static final int SLOT_DAYS = 7;
    private static final int TASK_DAYS = 7;
    private static final String AT_HOME_ZH = "在您家中";
    private static final String AT_HOME_EN = "At your home";
    private static final String VOLUNTEERS_ZH = "社区志愿者服务队";
    private static final String VOLUNTEERS_EN = "Community volunteer team";
    private static final String HEALTH_CENTRE_ZH = "社区卫生服务中心";
    private static final String HEALTH_CENTRE_EN = "Community health centre";
    private static final String CANTEEN_ZH = "社区长者食堂";
    private static final String CANTEEN_EN = "Community seniors' canteen";
    private static final String ACTIVITY_ROOM_ZH = "社区服务中心 活动室";
    private static final String ACTIVITY_ROOM_EN = "Community centre, activity room";

    /** A service and how many residents each of its slots takes. */
    private record DemoService(ServiceOffer offer, int capacityPerSlot) {
    }

    /** A task offered every day at the same local time; {@code key} names it in its stable ids. */
    private record DemoTask(String key, String titleZh, String titleEn, String placeZh, String placeEn,
            LocalTime startsAt, int minutes) {
    }

    private static final List<DemoService> SERVICES = List.of(
            service("meal-delivery", "送餐上门", "Meal delivery", CANTEEN_ZH, CANTEEN_EN, "送到家中", "To your home",
                    30, 1500L, 20),
            service("home-cleaning", "家政保洁", "Home cleaning", "社区家政服务队", "Community housekeeping team",
                    AT_HOME_ZH, AT_HOME_EN, 120, 0L, 4),
            service("physiotherapy", "康复理疗", "Physiotherapy", HEALTH_CENTRE_ZH, HEALTH_CENTRE_EN,
                    "社区卫生服务中心 康复室", "Community health centre, rehabilitation room", 60, 3000L, 6),
            service("bathing-assistance", "助浴服务", "Bathing assistance", "社区助浴服务队",
                    "Community bathing-help team", AT_HOME_ZH, AT_HOME_EN, 60, 0L, 3),
            service("haircut", "理发", "Haircut", "志愿理发队", "Volunteer barbers", "社区服务中心 2 号室",
                    "Community centre, room 2", 30, 500L, 8),
            service("medical-escort", "陪同就医", "Medical escort", VOLUNTEERS_ZH, VOLUNTEERS_EN,
                    "从您家中到医院", "From your home to the hospital", 180, 0L, 2),
            service("health-check", "健康检查", "Health check", HEALTH_CENTRE_ZH, HEALTH_CENTRE_EN,
                    "社区服务中心 1 号室", "Community centre, room 1", 30, 0L, 10),
            service("companionship-visit", "陪伴探访", "Companionship visit", VOLUNTEERS_ZH, VOLUNTEERS_EN,
                    AT_HOME_ZH, AT_HOME_EN, 60, 0L, 5));

    private static final List<DemoTask> TASKS = List.of(
            new DemoTask("companionship", "陪伴老人聊天", "Keep an elderly neighbour company", "邻居老人家中",
                    "At the neighbour's home", LocalTime.of(10, 0), 60),
            new DemoTask("canteen-kitchen", "食堂帮厨", "Help in the canteen kitchen", CANTEEN_ZH, CANTEEN_EN,
                    LocalTime.of(10, 30), 90),
            new DemoTask("activity-room", "活动室整理", "Tidy the activity room", ACTIVITY_ROOM_ZH, ACTIVITY_ROOM_EN,
                    LocalTime.of(16, 0), 30));

    private DemoCatalogue() {
    }

    /**
     * Adds whatever of the demo catalogue is missing: the services, slots on the 7 days after today and tasks from
     * today, at their local times in {@code zone}: the community's time zone, which is the one its kiosks show times
     * in (the embedded demo server shares the kiosk's clock). Run at every start, so a demo server kept for weeks still offers
     * times and today's tasks; what exists already is left alone (and keeps its version, so kiosks are not sent it
     * again). Returns how many rows it added.
     */
    public static int topUp(Connection connection, Instant now, ZoneId zone) throws SQLException {
        int added = 0;
        LocalDate today = LocalDate.ofInstant(now, zone);
        for (DemoService service : SERVICES) {
            String code = service.offer().code();
            if (!Queries.exists(connection, "SELECT 1 FROM service WHERE code = ?", code)) {
                Catalogue.upsertService(connection, service.offer());
                added++;
            }
            for (int day = 1; day <= SLOT_DAYS; day++) {
                LocalDate date = today.plusDays(day);
                // The morning slot keeps the name it had when it was the only one, so its id has not changed.
                added += addSlot(connection, stableId(code + "@" + date), code, at(date, MORNING, zone), service);
                added += addSlot(connection, stableId(code + "@" + date + "T" + AFTERNOON), code,
                        at(date, AFTERNOON, zone), service);
            }
        }
        for (int day = 0; day < TASK_DAYS; day++) {
            LocalDate date = today.plusDays(day);
            for (DemoTask task : TASKS) {
                UUID id = stableId("task:" + task.key() + "@" + date);
                if (!Queries.exists(connection, "SELECT 1 FROM volunteer_task WHERE task_id = ?", id.toString())) {
                    VolunteerTasks.upsert(connection, new VolunteerTasks.Task(id, task.titleZh(), task.titleEn(),
                            task.placeZh(), task.placeEn(), at(date, task.startsAt(), zone), task.minutes(), true));
                    added++;
                }
            }
        }
        return added;
    }

    private static int addSlot(Connection connection, UUID id, String code, Instant startsAt, DemoService service)
            throws SQLException {
        if (Queries.exists(connection, "SELECT 1 FROM slot WHERE slot_id = ?", id.toString())) {
            return 0;
        }
        Catalogue.upsertSlot(connection, id, code, startsAt, service.capacityPerSlot());
        return 1;
    }

    private static DemoService service(String code, String nameZh, String nameEn, String providerZh,
            String providerEn, String placeZh, String placeEn, int costMinutes, long costFen, int capacityPerSlot) {
        return new DemoService(new ServiceOffer(code, nameZh, nameEn, providerZh, providerEn, placeZh, placeEn,
                costMinutes, costFen, true), capacityPerSlot);
    }

    /** Name-based, so a re-seeded demo server and a kiosk's cached snapshot agree on ids. */
    private static UUID stableId(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    private static Instant at(LocalDate date, LocalTime time, ZoneId zone) {
        return date.atTime(time).atZone(zone).toInstant();
    }
}
