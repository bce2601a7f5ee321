package org.huzhu.protocol.payload;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.huzhu.protocol.crypto.SealingScheme;
import org.huzhu.protocol.face.SealedTemplate;

/**
 * Plausible payloads of every type, for the {@code journal demo} command, benchmarks and tests. The same generator
 * state gives the same payloads.
 */
public final class SamplePayloads {

    private static final String[] SERVICES = {"meal-delivery", "home-cleaning", "physiotherapy", "bathing-assistance",
        "haircut", "medical-escort", "health-check", "companionship-visit"};
    private static final String[] NAMES = {"王秀英", "李桂兰", "张建国", "刘淑珍", "陈德明", "杨玉兰"};

    private SamplePayloads() {
    }

    /** The {@code index}-th payload cycles through all types. */
    public static Payload mixed(int index, RandomGenerator random) {
        UUID resident = uuid(random);
        UUID other = uuid(random);
        int minutes = 15 * (1 + random.nextInt(8));
        return switch (Math.floorMod(index, 25)) {
            case 0 -> new BookingCreated(uuid(random), resident, SERVICES[random.nextInt(SERVICES.length)],
                    uuid(random), Instant.parse("2026-12-01T01:00:00Z").plus(random.nextInt(500), ChronoUnit.HOURS),
                    minutes, random.nextInt(3) * 1000L);
            case 1 -> new HoursRedeemed(resident, minutes, uuid(random));
            case 2 -> new BookingCancelled(uuid(random), resident, "resident asked at the kiosk");
            case 3 -> new HoursTransferred(resident, other, minutes);
            case 4 -> new VolunteerCheckedIn(resident, uuid(random));
            case 5 -> new VolunteerCheckedOut(resident, uuid(random), minutes);
            case 6 -> new ServiceConfirmed(uuid(random), resident, minutes, "staff-" + random.nextInt(20));
            case 7 -> new ResidentEnrolled(resident, hex(random), hex(random), NAMES[random.nextInt(NAMES.length)]);
            case 8 -> new FamilyLinked(resident, other);
            case 9 -> new TransactionReversed(uuid(random), "confirmed by mistake");
            case 11 -> new VolunteerRated(uuid(random), resident, 1 + random.nextInt(5), "");
            case 12 -> new VolunteerNoShow(uuid(random), resident, "did not come");
            case 13 -> new ResidentProfileSet(resident, "zh-CN", "138 0013 " + (1000 + random.nextInt(9000)),
                    NAMES[random.nextInt(NAMES.length)], "", "profile-2026-12");
            // residents' voice and the centre's notices (issue 12 part 7)
            case 14 -> new ServiceRated(uuid(random), resident, 1 + 2 * random.nextInt(3));
            case 15 -> new NoticePosted(uuid(random), "社区服务中心" + (1 + random.nextInt(9)) + "号起开放",
                    "The centre opens on the " + (1 + random.nextInt(9)) + "th", LocalDate.of(2026, 12, 1),
                    LocalDate.of(2026, 12, 1 + random.nextInt(30)));
            case 16 -> new NoticeWithdrawn(uuid(random));
            case 17 -> new CardReplaced(resident, hex(random), "lost");
            // family unlink and one-way rights (issue 12 part 2)
            case 18 -> new FamilyUnlinked(resident, other, "moved away");
            case 19 -> new FamilyPermissionsSet(resident, other, random.nextBoolean(), random.nextBoolean(),
                    random.nextBoolean());
            case 20 -> new ResidentClosed(resident, random.nextBoolean() ? ResidentClosed.MOVED_AWAY
                    : ResidentClosed.DIED, random.nextBoolean() ? other.toString() : "");
            // charity aid orders and the hospital desk (issue 13)
            case 21 -> new AidApplied(uuid(random), resident, institution(random), institution(random),
                    "住院治疗 hospital stay", 100L * (1 + random.nextInt(50_000)),
                    List.of(new AidDocument("诊断证明.jpg", "image/jpeg", hex(random))));
            case 22 -> {
                long fen = 100L * (1 + random.nextInt(3000));
                yield new HospitalOrderSubmitted(uuid(random), resident, "HIS-" + random.nextInt(100_000), fen,
                        List.of(new BillItem("药品 medicine", fen)));
            }
            // face sign-in (issue 14): a sample box opens for nobody, as a real one opens only for the server
            case 23 -> new FaceEnrolled(resident, "sample-embedder-512", "face-2026-12", new SealedTemplate(
                    SealingScheme.HPKE_X25519_SHA256_AES128GCM.id(), base64(random, 32), base64(random, 2064)));
            case 24 -> new FaceRemoved(resident, "resident asked");
            default -> new PaymentOrderMatched("AID-" + random.nextInt(100_000), "HIS-" + random.nextInt(100_000),
                    100L * (1 + random.nextInt(5000)));
        };
    }

    private static UUID uuid(RandomGenerator random) {
        return new UUID(random.nextLong(), random.nextLong());
    }

    private static String institution(RandomGenerator random) {
        return "I-" + hex(random).substring(0, 16);
    }

    private static String base64(RandomGenerator random, int bytes) {
        byte[] data = new byte[bytes];
        random.nextBytes(data);
        return Base64.getEncoder().encodeToString(data);
    }

    private static String hex(RandomGenerator random) {
        StringBuilder text = new StringBuilder(64);
        for (int i = 0; i < 4; i++) {
            text.append(String.format("%016x", random.nextLong()));
        }
        return text.toString();
    }
}
