package org.huzhu.protocol.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The snapshot's JSON members are the ones docs/protocol.md §6 lists, and a body missing any of them is refused. */
class SnapshotJsonTest {

    private static final Instant AT = Instant.parse("2026-11-24T01:00:00Z");

    private static Snapshot sample() {
        return new Snapshot(12, 20, AT, new Snapshot.Limits(0, 60, 120, 4320, 60),
                List.of(new Snapshot.Service("haircut", "理发", "Haircut", "志愿理发队", "Volunteer barbers",
                        "社区服务中心 2 号室", "Community centre, room 2", 30, 500, true, 13)),
                List.of(new Snapshot.Slot("s-1", "haircut", AT, 8, 1, 14)),
                List.of(new Snapshot.Resident("r-1", "ab".repeat(32), "王秀英", 15, null)),
                List.of(new Snapshot.Balance("r-1", 50, 16)),
                List.of(new Snapshot.FamilyLink("r-1", "r-2", 17, false, Snapshot.FamilyRights.ALL,
                        new Snapshot.FamilyRights(true, false, false))),
                List.of(new Snapshot.VolunteerTask("t-1", "食堂帮厨", "Help in the canteen kitchen", "社区长者食堂",
                        "Community seniors' canteen", AT, 90, true, 18)),
                List.of(new Snapshot.ConfirmedTask("t-1", "r-1", 90, AT, 19)),
                List.of(new Snapshot.Notice("n-1", "周五下午理发免费", "Free haircuts on Friday afternoon",
                        java.time.LocalDate.of(2026, 11, 24), java.time.LocalDate.of(2026, 11, 27), true, AT, 20)),
                List.of(new Snapshot.ServiceRating("haircut", 38, 175, 20)),
                List.of(new Snapshot.Correction("x-1", "r-1", -90, "service.confirmed", "wrong volunteer", AT, 21)),
                List.of(new Snapshot.AidOrder("o-1", "r-1", "上海慈善基金会", "瑞金医院", 300_000, 240_000, "open",
                        Instant.parse("2027-03-12T15:59:59Z"), 22, List.of(new Snapshot.AidPayment(240_000, AT)))),
                List.of(new Snapshot.RevokedResidentCode("c-1", "r-1", AT, Instant.parse("2027-03-02T09:30:00Z"),
                        23)));
    }

    @Test
    void membersAreTheDocumentedOnesAndTheSnapshotRoundTrips() throws Exception {
        Snapshot snapshot = sample();
        JsonNode tree = SyncJson.MAPPER.valueToTree(snapshot);

        assertThat(fieldNames(tree)).containsExactlyInAnyOrder("since", "version", "generatedAt", "limits", "services",
                "slots", "residents", "balances", "familyLinks", "volunteerTasks", "confirmedTasks", "notices",
                "serviceRatings", "corrections", "aidOrders", "revokedResidentCodes");
        assertThat(tree.get("limits").toString()).isEqualTo("{\"overdraftMinutes\":0,\"softLimitMinutes\":60,"
                + "\"offlineLimitMinutes\":120,\"maxOfflineAgeMinutes\":4320,\"secondFactorMinutes\":60}");
        assertThat(tree.get("revokedResidentCodes").get(0).toString()).isEqualTo("{\"codeId\":\"c-1\","
                + "\"residentId\":\"r-1\",\"revokedAt\":\"2026-11-24T01:00:00Z\","
                + "\"expiresAt\":\"2027-03-02T09:30:00Z\",\"version\":23}");
        assertThat(tree.get("aidOrders").get(0).toString()).isEqualTo("{\"orderId\":\"o-1\",\"residentId\":\"r-1\","
                + "\"charityName\":\"上海慈善基金会\",\"hospitalName\":\"瑞金医院\",\"approvedFen\":300000,"
                + "\"paidFen\":240000,\"status\":\"open\",\"validUntil\":\"2027-03-12T15:59:59Z\",\"version\":22,"
                + "\"payments\":[{\"amountFen\":240000,\"paidAt\":\"2026-11-24T01:00:00Z\"}]}");
        assertThat(tree.get("corrections").get(0).toString()).isEqualTo("{\"transactionId\":\"x-1\","
                + "\"residentId\":\"r-1\",\"minutes\":-90,\"correctedType\":\"service.confirmed\","
                + "\"reason\":\"wrong volunteer\",\"correctedAt\":\"2026-11-24T01:00:00Z\",\"version\":21}");
        assertThat(tree.get("notices").get(0).toString()).isEqualTo("{\"noticeId\":\"n-1\",\"textZh\":\"周五下午理发免费\","
                + "\"textEn\":\"Free haircuts on Friday afternoon\",\"fromDate\":\"2026-11-24\","
                + "\"untilDate\":\"2026-11-27\",\"active\":true,\"postedAt\":\"2026-11-24T01:00:00Z\",\"version\":20}");
        assertThat(tree.get("serviceRatings").get(0).toString())
                .isEqualTo("{\"serviceCode\":\"haircut\",\"ratings\":38,\"starsTotal\":175,\"version\":20}");
        assertThat(fieldNames(tree.get("services").get(0))).containsExactlyInAnyOrder("code", "nameZh", "nameEn",
                "providerZh", "providerEn", "placeZh", "placeEn", "costMinutes", "costFen", "active", "version");
        assertThat(tree.get("familyLinks").get(0).toString())
                .isEqualTo("{\"residentId\":\"r-1\",\"memberId\":\"r-2\",\"version\":17,\"active\":false,"
                        + "\"memberForResident\":{\"mayBook\":true,\"mayRedeem\":true,\"mayReceive\":true},"
                        + "\"residentForMember\":{\"mayBook\":true,\"mayRedeem\":false,\"mayReceive\":false}}");
        assertThat(fieldNames(tree.get("volunteerTasks").get(0))).containsExactlyInAnyOrder("taskId", "titleZh",
                "titleEn", "placeZh", "placeEn", "startsAt", "minutes", "active", "version");
        assertThat(tree.get("volunteerTasks").get(0).get("startsAt").asText()).isEqualTo("2026-11-24T01:00:00Z");
        assertThat(tree.get("confirmedTasks").get(0).toString())
                .isEqualTo("{\"taskId\":\"t-1\",\"volunteerId\":\"r-1\",\"minutes\":90,"
                        + "\"confirmedAt\":\"2026-11-24T01:00:00Z\",\"version\":19}");
        assertThat(SyncJson.MAPPER.readValue(SyncJson.MAPPER.writeValueAsBytes(snapshot), Snapshot.class))
                .isEqualTo(snapshot);
    }

    @Test
    void aSnapshotWithoutTheCommunityListsOrServiceTextsIsRefused() {
        for (String list : List.of("familyLinks", "volunteerTasks", "confirmedTasks", "notices",
                "serviceRatings", "aidOrders", "revokedResidentCodes")) {
            ObjectNode tree = SyncJson.MAPPER.valueToTree(sample());
            tree.remove(list);
            assertThatThrownBy(() -> SyncJson.MAPPER.treeToValue(tree, Snapshot.class)).as(list)
                    .isInstanceOf(MismatchedInputException.class).hasMessageContaining(list);
        }
        ObjectNode tree = SyncJson.MAPPER.valueToTree(sample());
        ((ObjectNode) tree.get("services").get(0)).remove("placeEn");
        assertThatThrownBy(() -> SyncJson.MAPPER.treeToValue(tree, Snapshot.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("placeEn");
    }

    private static List<String> fieldNames(JsonNode node) {
        return node.properties().stream().map(java.util.Map.Entry::getKey).toList();
    }
}
