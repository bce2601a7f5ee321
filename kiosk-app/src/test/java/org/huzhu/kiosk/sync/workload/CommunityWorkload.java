package org.huzhu.kiosk.sync.workload;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.huzhu.protocol.Actor;
import org.huzhu.protocol.SignInMethod;
import org.huzhu.protocol.payload.BookingCancelled;
import org.huzhu.protocol.payload.BookingCreated;
import org.huzhu.protocol.payload.HoursRedeemed;
import org.huzhu.protocol.authority.AuthorityRules;
import org.huzhu.protocol.payload.HoursTransferred;
import org.huzhu.protocol.payload.Payload;
import org.huzhu.protocol.payload.PaymentOrderMatched;
import org.huzhu.protocol.payload.ResidentEnrolled;
import org.huzhu.protocol.payload.ServiceConfirmed;
import org.huzhu.protocol.payload.VolunteerCheckedIn;
import org.huzhu.protocol.payload.VolunteerCheckedOut;
import org.huzhu.protocol.policy.OfflineDecision;
import org.huzhu.protocol.policy.OfflinePolicy;
import org.huzhu.protocol.sync.Snapshot;
import org.huzhu.server.ingest.BusinessRules;

/**
 * A community's time-bank work as one kiosk records it, for sync tests and the sync benchmark: residents are enrolled
 * first, then staff confirm volunteer hours, residents book real slots of the server's catalogue, redeem minutes for
 * bookings, cancel, transfer minutes and check in as volunteers; mixed in are transactions the server must refuse for
 * a known reason (a redemption above everything the resident ever held, a confirmation without staff, an unknown
 * slot…). Many outcomes depend on the server's state (a full slot, a balance); those the plan can be sure of carry
 * their {@link PlannedTransaction#certain() certain} outcome. The same seed and catalogue give the same plan, and the
 * server judges it the same way whatever order the network delivers batches in. Not thread-safe.
 */
public final class CommunityWorkload {

    /** One transaction to append, with its outcome at the server when the plan is sure of it. */
    public record PlannedTransaction(Payload payload, Actor actor, Optional<Outcome> certain) {
    }

    /** A verdict: accepted, or rejected for {@code reason}. */
    public record Outcome(boolean accepted, String reason) {

        public static final Outcome ACCEPTED = new Outcome(true, null);

        public static Outcome rejected(String reason) {
            return new Outcome(false, reason);
        }
    }

    private record Resident(UUID id, String cardHash) {

        Actor card() {
            return new Actor(cardHash, SignInMethod.CARD);
        }
    }

    private record Booking(UUID id, Resident resident, int costMinutes) {
    }

    private static final int RESIDENTS = 200;
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄"};
    /** Beyond this a single spend by card breaks the offline limit whatever was spent before. */
    private static final int OVER_OFFLINE_LIMIT = OfflinePolicy.DEFAULT_OFFLINE_LIMIT_MINUTES + 1;

    private final SplittableRandom random;
    private final List<Snapshot.Slot> slots;
    private final List<UUID> tasks;
    private final Map<String, Snapshot.Service> services;
    private final Actor staff;
    private final List<Resident> residents = new ArrayList<>();
    /** Credits plus transfers in, per resident: no balance can be higher, so spending more must be refused. */
    private final Map<UUID, Long> mostEverHeld = new HashMap<>();
    private final List<Booking> openBookings = new ArrayList<>();
    private final List<Booking> unpaidBookings = new ArrayList<>();
    private final List<ServiceConfirmed> confirmedTasks = new ArrayList<>();

    private CommunityWorkload(Snapshot catalogue, long seed) {
        this.random = new SplittableRandom(seed);
        this.slots = List.copyOf(catalogue.slots());
        this.tasks = catalogue.volunteerTasks().stream().map(task -> UUID.fromString(task.taskId())).toList();
        this.services = catalogue.services().stream()
                .collect(Collectors.toMap(Snapshot.Service::code, Function.identity()));
        this.staff = new Actor(hex(), SignInMethod.STAFF_CARD_PIN);
        if (slots.isEmpty() || services.size() < 2 || tasks.isEmpty()) {
            throw new IllegalArgumentException("the catalogue needs slots, volunteer tasks and at least two services");
        }
    }

    /** {@code count} transactions (at least the enrolments of the residents) on the slots of {@code catalogue}. */
    public static List<PlannedTransaction> plan(int count, Snapshot catalogue, long seed) {
        if (count < RESIDENTS) {
            throw new IllegalArgumentException("a plan starts with " + RESIDENTS + " enrolments");
        }
        CommunityWorkload workload = new CommunityWorkload(catalogue, seed);
        List<PlannedTransaction> plan = new ArrayList<>(count);
        for (int i = 0; i < RESIDENTS; i++) {
            plan.add(workload.enrol(i));
        }
        while (plan.size() < count) {
            plan.add(workload.next());
        }
        return plan;
    }

    /** One transaction of a mix weighted like a busy day at a community centre (percentages of all transactions). */
    private PlannedTransaction next() {
        int roll = random.nextInt(100);
        if (roll < 20) {
            return credit();
        } else if (roll < 22) {
            return certain(confirmation(resident()), resident().card(),
                    Outcome.rejected(BusinessRules.STAFF_CONFIRMATION_REQUIRED));
        } else if (roll < 23) {
            return confirmTaskAgain();
        } else if (roll < 43) {
            return book();
        } else if (roll < 44) {
            return bookUnknownSlot();
        } else if (roll < 45) {
            return bookWithWrongService();
        } else if (roll < 65) {
            return redeemForBooking();
        } else if (roll < 66) {
            return redeemMoreThanEverHeld();
        } else if (roll < 67) {
            return redeemBeyondOfflineLimit();
        } else if (roll < 75) {
            return cancel();
        } else if (roll < 76) {
            Resident resident = resident();
            return certain(new BookingCancelled(uuid(), resident.id(), "changed plans"), resident.card(),
                    Outcome.rejected(BusinessRules.UNKNOWN_BOOKING));
        } else if (roll < 86) {
            return transfer();
        } else if (roll < 87) {
            return certain(new ResidentEnrolled(uuid(), resident().cardHash(), hex(), name()), staff,
                    Outcome.rejected(BusinessRules.CARD_ALREADY_BOUND));
        } else if (roll < 94) {
            return attendance(tasks.get(random.nextInt(tasks.size())), Outcome.ACCEPTED);
        } else if (roll < 95) {
            return attendance(uuid(), Outcome.rejected(BusinessRules.UNKNOWN_TASK));
        }
        // The kiosk's staff card is a social worker's: matching payment orders is the hospital desk's.
        return certain(new PaymentOrderMatched("AID-" + random.nextInt(100_000), "HIS-" + random.nextInt(100_000),
                100L * (1 + random.nextInt(5000))), staff, Outcome.rejected(AuthorityRules.ROLE_NOT_ALLOWED));
    }

    /** A check-in or check-out: only attendance, so accepted for a listed task and refused for any other. */
    private PlannedTransaction attendance(UUID task, Outcome outcome) {
        Resident volunteer = resident();
        Payload attendance = random.nextBoolean() ? new VolunteerCheckedIn(volunteer.id(), task)
                : new VolunteerCheckedOut(volunteer.id(), task, minutes());
        return certain(attendance, volunteer.card(), outcome);
    }

    private PlannedTransaction enrol(int index) {
        Resident resident = new Resident(uuid(), hex());
        residents.add(resident);
        return certain(new ResidentEnrolled(resident.id(), resident.cardHash(), hex(),
                SURNAMES[index % SURNAMES.length] + "居民" + index), staff, Outcome.ACCEPTED);
    }

    /** Staff confirm a volunteer's minutes for a new task: always credited. */
    private PlannedTransaction credit() {
        ServiceConfirmed confirmed = confirmation(resident());
        mostEverHeld.merge(confirmed.volunteerId(), (long) confirmed.minutes(), Long::sum);
        confirmedTasks.add(confirmed);
        return certain(confirmed, staff, Outcome.ACCEPTED);
    }

    private PlannedTransaction confirmTaskAgain() {
        if (confirmedTasks.isEmpty()) {
            return credit();
        }
        ServiceConfirmed before = confirmedTasks.get(random.nextInt(confirmedTasks.size()));
        return certain(new ServiceConfirmed(before.taskId(), before.volunteerId(), minutes(), "staff-1",
                "credited at the counter"), staff,
                Outcome.rejected(BusinessRules.TASK_ALREADY_CONFIRMED));
    }

    /** A volunteer's minutes for a new task. */
    private ServiceConfirmed confirmation(Resident volunteer) {
        return new ServiceConfirmed(uuid(), volunteer.id(), minutes(), "staff-" + random.nextInt(20),
                "credited at the counter");
    }

    /** A booking on a real slot: accepted unless the slot is full by then. */
    private PlannedTransaction book() {
        Resident resident = resident();
        Snapshot.Slot slot = slots.get(random.nextInt(slots.size()));
        Snapshot.Service service = services.get(slot.serviceCode());
        Booking booking = new Booking(uuid(), resident, service.costMinutes());
        openBookings.add(booking);
        if (booking.costMinutes() > 0) {
            unpaidBookings.add(booking);
        }
        return judgedByServer(new BookingCreated(booking.id(), resident.id(), slot.serviceCode(),
                UUID.fromString(slot.slotId()), slot.startsAt(), service.costMinutes(), service.costFen()),
                resident.card());
    }

    private PlannedTransaction bookUnknownSlot() {
        Resident resident = resident();
        Snapshot.Slot slot = slots.get(random.nextInt(slots.size()));
        return certain(new BookingCreated(uuid(), resident.id(), slot.serviceCode(), uuid(), slot.startsAt(), 30, 0),
                resident.card(), Outcome.rejected(BusinessRules.UNKNOWN_SLOT));
    }

    private PlannedTransaction bookWithWrongService() {
        Resident resident = resident();
        Snapshot.Slot slot = slots.get(random.nextInt(slots.size()));
        String other = services.keySet().stream().filter(code -> !code.equals(slot.serviceCode())).sorted()
                .toList().get(random.nextInt(services.size() - 1));
        return certain(new BookingCreated(uuid(), resident.id(), other, UUID.fromString(slot.slotId()),
                slot.startsAt(), 30, 0), resident.card(), Outcome.rejected(BusinessRules.SERVICE_MISMATCH));
    }

    /** Pays for a booking, mostly at the counter (staff), sometimes by card within the offline limit. */
    private PlannedTransaction redeemForBooking() {
        if (unpaidBookings.isEmpty()) {
            return credit();
        }
        Booking booking = unpaidBookings.remove(random.nextInt(unpaidBookings.size()));
        return judgedByServer(new HoursRedeemed(booking.resident().id(), booking.costMinutes(), booking.id()),
                random.nextInt(10) < 7 ? staff : booking.resident().card());
    }

    private PlannedTransaction redeemMoreThanEverHeld() {
        Resident resident = resident();
        long held = mostEverHeld.getOrDefault(resident.id(), 0L);
        int minutes = (int) Math.min(24 * 60, held + 1 + random.nextInt(60));
        if (minutes <= held) {
            return credit(); // this resident could hold a whole day: no spend is sure to fail
        }
        return certain(new HoursRedeemed(resident.id(), minutes, uuid()), staff,
                Outcome.rejected(BusinessRules.INSUFFICIENT_BALANCE));
    }

    /** A card spend above the whole offline limit: refused before the balance is even looked at. */
    private PlannedTransaction redeemBeyondOfflineLimit() {
        Resident resident = resident();
        return certain(new HoursRedeemed(resident.id(), OVER_OFFLINE_LIMIT + random.nextInt(60), uuid()),
                resident.card(), Outcome.rejected(OfflineDecision.Reason.OFFLINE_LIMIT_EXCEEDED.code()));
    }

    /** Frees a place and refunds what was redeemed for it; refused if the booking never got its place. */
    private PlannedTransaction cancel() {
        if (openBookings.isEmpty()) {
            return credit();
        }
        Booking booking = openBookings.remove(random.nextInt(openBookings.size()));
        unpaidBookings.remove(booking);
        return judgedByServer(new BookingCancelled(booking.id(), booking.resident().id(),
                "resident asked at the kiosk"), random.nextBoolean() ? staff : booking.resident().card());
    }

    private PlannedTransaction transfer() {
        Resident from = resident();
        Resident to = resident();
        while (to.equals(from)) {
            to = resident();
        }
        int minutes = 15 * (1 + random.nextInt(4));
        mostEverHeld.merge(to.id(), (long) minutes, Long::sum);
        return judgedByServer(new HoursTransferred(from.id(), to.id(), minutes),
                random.nextInt(10) < 7 ? staff : from.card());
    }

    private static PlannedTransaction certain(Payload payload, Actor actor, Outcome outcome) {
        return new PlannedTransaction(payload, actor, Optional.of(outcome));
    }

    private static PlannedTransaction judgedByServer(Payload payload, Actor actor) {
        return new PlannedTransaction(payload, actor, Optional.empty());
    }

    private Resident resident() {
        return residents.get(random.nextInt(residents.size()));
    }

    private int minutes() {
        return 15 * (1 + random.nextInt(8));
    }

    private UUID uuid() {
        return new UUID(random.nextLong(), random.nextLong());
    }

    private String hex() {
        return String.format("%016x%016x%016x%016x", random.nextLong(), random.nextLong(), random.nextLong(),
                random.nextLong());
    }

    private String name() {
        return SURNAMES[random.nextInt(SURNAMES.length)] + "新居民";
    }
}
