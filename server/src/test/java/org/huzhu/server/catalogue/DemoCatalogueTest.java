package org.huzhu.server.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.huzhu.protocol.sync.Snapshot;
import org.huzhu.server.store.Database;
import org.huzhu.server.testsupport.Stores;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What a new demo server offers, on SQLite and PostgreSQL. Days are China's, whatever the server's zone. */
class DemoCatalogueTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** 04:30 in China on 24 November, still the 23rd in UTC: "today" must be China's. */
    private static final Instant NOW = Instant.parse("2026-11-23T20:30:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final Snapshot.Limits LIMITS = new Snapshot.Limits(0, 60, 120, 4320);

    @TempDir
    Path folder;

    private static Snapshot seeded(Database database) throws Exception {
        int added = database.inTransaction(connection -> DemoCatalogue.topUp(connection, NOW, CHINA));
        assertThat(added).as("8 services, 2 slots on 7 days each, 3 tasks on 7 days").isEqualTo(8 + 8 * 14 + 21);
        return database.inTransaction(connection -> Snapshots.read(connection, 0, LIMITS, NOW));
    }

    @ParameterizedTest
    @MethodSource("org.huzhu.server.testsupport.Stores#both")
    void servicesSayWhoProvidesThemAndWhere(Stores store) throws Exception {
        try (Database database = Database.open(store.create(folder))) {
            Map<String, Snapshot.Service> services = seeded(database).services().stream()
                    .collect(Collectors.toMap(Snapshot.Service::code, service -> service));

            assertThat(services).hasSize(8);
            assertThat(services.values()).allSatisfy(service -> {
                assertThat(List.of(service.nameZh(), service.nameEn(), service.providerZh(), service.providerEn(),
                        service.placeZh(), service.placeEn())).as(service.code()).allMatch(text -> !text.isBlank());
                assertThat(service.active()).isTrue();
            });
            assertThat(services.get("meal-delivery")).extracting(Snapshot.Service::providerZh,
                    Snapshot.Service::providerEn, Snapshot.Service::placeZh, Snapshot.Service::placeEn)
                    .containsExactly("社区长者食堂", "Community seniors' canteen", "送到家中", "To your home");
            assertThat(services.get("haircut")).extracting(Snapshot.Service::placeZh, Snapshot.Service::placeEn)
                    .containsExactly("社区服务中心 2 号室", "Community centre, room 2");
        }
    }

    @ParameterizedTest
    @MethodSource("org.huzhu.server.testsupport.Stores#both")
    void everyServiceHasAMorningAndAnAfternoonSlotOnEachOfTheNextSevenDays(Stores store) throws Exception {
        try (Database database = Database.open(store.create(folder))) {
            Snapshot snapshot = seeded(database);
            Set<LocalDateTime> expected = new HashSet<>();
            for (int day = 1; day <= 7; day++) {
                expected.add(TODAY.plusDays(day).atTime(9, 0));
                expected.add(TODAY.plusDays(day).atTime(14, 30));
            }

            Map<String, Set<LocalDateTime>> startsByService = snapshot.slots().stream().collect(Collectors.groupingBy(
                    Snapshot.Slot::serviceCode, Collectors.mapping(slot -> LocalDateTime.ofInstant(slot.startsAt(),
                            CHINA), Collectors.toSet())));

            assertThat(snapshot.slots()).hasSize(8 * 14).allMatch(slot -> slot.capacity() > 0 && slot.booked() == 0);
            assertThat(startsByService).hasSize(8).allSatisfy((code, starts) -> assertThat(starts).as(code)
                    .isEqualTo(expected));
            Snapshot.Slot firstMeal = snapshot.slots().stream()
                    .filter(slot -> slot.serviceCode().equals("meal-delivery")).findFirst().orElseThrow();
            assertThat(firstMeal.slotId()).as("the morning slot's id is the one the demo always gave it")
                    .isEqualTo(UUID.nameUUIDFromBytes(("meal-delivery@" + TODAY.plusDays(1))
                            .getBytes(StandardCharsets.UTF_8)).toString());
        }
    }

    @ParameterizedTest
    @MethodSource("org.huzhu.server.testsupport.Stores#both")
    void volunteerTasksStartTodaySoANewcomerCanCheckInAtOnce(Stores store) throws Exception {
        try (Database database = Database.open(store.create(folder))) {
            List<Snapshot.VolunteerTask> tasks = seeded(database).volunteerTasks();
            Map<LocalDate, Long> perDay = tasks.stream().collect(Collectors.groupingBy(
                    task -> LocalDate.ofInstant(task.startsAt(), CHINA), Collectors.counting()));

            assertThat(perDay).hasSize(7).allSatisfy((date, count) -> assertThat(count).isEqualTo(3L));
            assertThat(perDay.keySet()).contains(TODAY, TODAY.plusDays(6)).doesNotContain(TODAY.plusDays(7));
            assertThat(tasks.stream().filter(task -> LocalDate.ofInstant(task.startsAt(), CHINA).equals(TODAY)))
                    .extracting(Snapshot.VolunteerTask::titleZh, Snapshot.VolunteerTask::titleEn,
                            Snapshot.VolunteerTask::minutes)
                    .containsExactlyInAnyOrder(tuple("陪伴老人聊天", "Keep an elderly neighbour company", 60),
                            tuple("食堂帮厨", "Help in the canteen kitchen", 90),
                            tuple("活动室整理", "Tidy the activity room", 30));
            assertThat(tasks).allSatisfy(task -> {
                assertThat(task.placeZh()).isNotBlank();
                assertThat(task.placeEn()).isNotBlank();
                assertThat(task.active()).isTrue();
            });
        }
    }

    @ParameterizedTest
    @MethodSource("org.huzhu.server.testsupport.Stores#both")
    void idsAreStableAcrossServersAndTopUpAddsOnlyWhatIsMissing(Stores store) throws Exception {
        Snapshot first;
        try (Database database = Database.open(store.create(folder.resolve("one")))) {
            first = seeded(database);
            int addedAgain = database.inTransaction(connection -> DemoCatalogue.topUp(connection, NOW, CHINA));
            assertThat(addedAgain).isZero();
            assertThat(database.inTransaction(connection -> Snapshots.read(connection, first.version(), LIMITS,
                    NOW)).version()).isEqualTo(first.version());
            int nextDay = database.inTransaction(connection -> DemoCatalogue.topUp(connection,
                    NOW.plus(java.time.Duration.ofDays(1)), CHINA));
            assertThat(nextDay).as("a day later: the new last day's 16 slots and the new day's 3 tasks")
                    .isEqualTo(16 + 3);
        }
        try (Database database = Database.open(store.create(folder.resolve("two")))) {
            Snapshot second = seeded(database);

            assertThat(second.slots()).extracting(Snapshot.Slot::slotId)
                    .isEqualTo(first.slots().stream().map(Snapshot.Slot::slotId).toList());
            assertThat(second.volunteerTasks()).extracting(Snapshot.VolunteerTask::taskId)
                    .isEqualTo(first.volunteerTasks().stream().map(Snapshot.VolunteerTask::taskId).toList())
                    .doesNotHaveDuplicates();
        }
    }
}
