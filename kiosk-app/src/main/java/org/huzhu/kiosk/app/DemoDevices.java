package org.huzhu.kiosk.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.huzhu.devices.camera.sim.PictureCamera;
import org.huzhu.devices.card.identity.Gender;
import org.huzhu.devices.card.profile.IdNumberHasher;
import org.huzhu.devices.card.sim.DemoCards;
import org.huzhu.devices.card.sim.SimulatedCard;
import org.huzhu.devices.card.sim.SimulatedReaderBackend;
import org.huzhu.devices.card.sim.SsseCardData;
import org.huzhu.devices.printer.sim.SimulatedPrinter;
import org.huzhu.kiosk.i18n.Language;
import org.huzhu.kiosk.journal.BusinessChange;
import org.huzhu.kiosk.journal.Journal;
import org.huzhu.kiosk.journal.JournalException;
import org.huzhu.kiosk.printing.Paper;
import org.huzhu.kiosk.residents.CardKind;
import org.huzhu.kiosk.residents.Resident;
import org.huzhu.kiosk.residents.Residents;
import org.huzhu.kiosk.storage.StorageException;
import org.huzhu.protocol.payload.FamilyLinked;
import org.huzhu.protocol.payload.ResidentEnrolled;
import org.huzhu.protocol.payload.ServiceConfirmed;
import org.huzhu.protocol.payload.VolunteerCheckedIn;
import org.huzhu.protocol.payload.VolunteerCheckedOut;

/**
 * The demo's devices and people: one simulated card reader in this process (no pcscd), demo cards a newcomer "taps"
 * from the screen, and the residents those cards belong to. 王秀英 and Li Jianguo are registered (Li prefers English),
 * linked as family, and have time-bank minutes; 张三's card is deliberately not registered, to show the "please see
 * the counter" path (and to enrol at the demo counter, with 赵美兰's). 张丽's staff card (PIN {@value DemoCards#STAFF_PIN})
 * stays on the reader until it is taken away, as a staff member's does while they work; it is one card for the whole
 * run, so five wrong PINs block it until the demo starts again.
 *
 * <p>The kiosk has one reader for every card. The counter has two, as a real one does (ADR 0013): the staff card lies
 * in one, residents tap the other.
 */
public final class DemoDevices {

    public static final String READER_NAME = "Demo reader (simulated)";
    public static final String COUNTER_STAFF_READER = "Counter staff reader (simulated)";
    public static final String COUNTER_RESIDENT_READER = "Counter resident reader (simulated)";
    public static final String HOSPITAL_STAFF_READER = "Hospital desk staff reader (simulated)";
    public static final String HOSPITAL_PATIENT_READER = "Hospital desk patient reader (simulated)";

    /** A second resident nobody enrolled, for the demo counter (a valid, invented ID number). */
    public static final SsseCardData ZHAO_MEILAN = new SsseCardData("D00000004", "110105195207040049", "赵美兰",
            Gender.FEMALE, LocalDate.of(1952, 7, 4));
    /** 王秀英's reissued card: her ID number on a card with a number of its own, for replacing a lost card. */
    public static final SsseCardData WANG_XIUYING_NEW_CARD = new SsseCardData("D00000011",
            DemoCards.WANG_XIUYING.idNumber(), DemoCards.WANG_XIUYING.name(), DemoCards.WANG_XIUYING.gender(),
            DemoCards.WANG_XIUYING.birthDate());
    /** Demo data is not secret; a fixed key lets the seeded residents match the demo cards on every start. */
    static final byte[] DEMO_CARD_SECRET = "huzhu demo card secret, not for real use".getBytes(StandardCharsets.US_ASCII);

    /** The cards on the demo tray, in the order shown. */
    public enum DemoCard {
        WANG_XIUYING, LI_JIANGUO, UNREGISTERED, FOREIGN,
        /** Not on the kiosk's tray: a second unregistered card for the counter. */
        ZHAO_MEILAN,
        /**
         * Not on the kiosk's tray (it is full at 1024 px): 王秀英's reissued card (the same ID number, another card
         * number), for the counter.
         */
        WANG_NEW_CARD
    }

    /** A registered demo resident and the minutes a staff member confirmed for their volunteering. */
    private record DemoResident(SsseCardData card, Language language, int creditedMinutes) {

        UUID id() {
            return residentId(card);
        }

        /** The card pseudonym the kiosk binds (ADR 0007), also the card hash the server is told. */
        String cardKey(IdNumberHasher hasher) {
            return hasher.hmacHex(card.idNumber().getBytes(StandardCharsets.US_ASCII));
        }
    }

    private static final List<DemoResident> RESIDENTS = List.of(
            new DemoResident(DemoCards.WANG_XIUYING, Language.ZH_CN, 240),
            new DemoResident(DemoCards.LI_JIANGUO, Language.EN, 90));

    /** Where {@code face-engine/packs/fetch-dev-pack.sh} (run by the build) puts the development face model pack. */
    public static final Path DEVELOPMENT_FACE_PACK = Path.of(System.getProperty("user.home"), ".cache", "huzhu",
            "face-pack-dev");

    private final SimulatedReaderBackend backend;
    /** The camera the demo tray holds pictures up to; none at the hospital desk. */
    private final Optional<DemoCamera> camera;
    private final String staffReader;
    private final String residentReader;
    private final IdNumberHasher hasher = new IdNumberHasher(DEMO_CARD_SECRET);
    /** Makes the station's staff card: the demo social worker's, or at the demo hospital desk its receptionist's. */
    private final Supplier<SimulatedCard> staffCards;
    /** Made on the first tap: the simulated PIV card keeps its PIN tries between taps, like a real one. */
    private SimulatedCard staffCard;
    /** The demo kiosk's receipt printer on a loopback port, started when first asked for. */
    private SimulatedPrinter printer;

    /** The demo kiosk's devices: one reader. */
    public DemoDevices() {
        this(READER_NAME, READER_NAME);
    }

    private DemoDevices(String staffReader, String residentReader) {
        this(staffReader, residentReader, DemoCards::staff, Optional.of(new DemoCamera(new PictureCamera())));
    }

    private DemoDevices(String staffReader, String residentReader, Supplier<SimulatedCard> staffCards,
            Optional<DemoCamera> camera) {
        this.staffCards = staffCards;
        this.camera = camera;
        this.backend = staffReader.equals(residentReader) ? SimulatedReaderBackend.withReaders(staffReader)
                : SimulatedReaderBackend.withReaders(staffReader, residentReader);
        this.staffReader = staffReader;
        this.residentReader = residentReader;
    }

    /** The demo counter's devices: a reader for the staff card and one for residents' cards. */
    public static DemoDevices forCounter() {
        return new DemoDevices(COUNTER_STAFF_READER, COUNTER_RESIDENT_READER);
    }

    /**
     * The demo hospital desk's devices (issue 13): a reader for the receptionist's staff card ({@value
     * DemoCards#HOSPITAL_STAFF_NAME}'s) and one for patients' cards.
     */
    public static DemoDevices forHospital() {
        return new DemoDevices(HOSPITAL_STAFF_READER, HOSPITAL_PATIENT_READER, DemoCards::hospitalStaff,
                Optional.empty());
    }

    /** The simulated camera the demo tray holds pictures up to (the kiosk's and the counter's). */
    public Optional<DemoCamera> camera() {
        return camera;
    }

    /**
     * The demo kiosk's receipt printer: a simulated network printer on loopback that reads the ESC/POS bytes it is
     * sent (the demo shows its receipts on screen, and it can be told to run out of paper).
     *
     * @throws IOException no loopback port could be opened
     */
    public synchronized SimulatedPrinter printer() throws IOException {
        if (printer == null) {
            printer = SimulatedPrinter.onLoopback();
        }
        return printer;
    }

    /** The simulated printer if it was started (the demo shows its paper only then). */
    public synchronized Optional<SimulatedPrinter> startedPrinter() {
        return Optional.ofNullable(printer);
    }

    /**
     * Calls {@code shown} on the printer's thread with each receipt the simulated printer read, as it would be on
     * paper; does nothing if the printer was never started.
     *
     * @return whether the printer was started
     */
    public boolean onReceiptPrinted(Consumer<Paper> shown) {
        return startedPrinter().map(started -> {
            started.onPrinted(receipt -> shown.accept(Paper.of(receipt)));
            return true;
        }).orElse(false);
    }

    /** Stops the simulated printer's port, if it was started. */
    public synchronized void closePrinter() {
        if (printer != null) {
            try {
                printer.close();
            } catch (IOException e) {
                // A loopback socket that fails to close leaves nothing to clean up for the next run.
            }
        }
    }

    /** True for the kiosk: staff and residents use the same reader. */
    public boolean oneReader() {
        return staffReader.equals(residentReader);
    }

    public SimulatedReaderBackend backend() {
        return backend;
    }

    public byte[] cardSecret() {
        return DEMO_CARD_SECRET.clone();
    }

    /** Puts {@code card} on the (residents') reader, as a resident tapping it. */
    public void tap(DemoCard card) {
        backend.reader(residentReader).insert(switch (card) {
            case WANG_XIUYING -> DemoCards.resident(DemoCards.WANG_XIUYING);
            case LI_JIANGUO -> DemoCards.resident(DemoCards.LI_JIANGUO);
            case UNREGISTERED -> DemoCards.resident(DemoCards.ZHANG_SAN);
            case FOREIGN -> DemoCards.foreignCard();
            case ZHAO_MEILAN -> DemoCards.resident(ZHAO_MEILAN);
            case WANG_NEW_CARD -> DemoCards.resident(WANG_XIUYING_NEW_CARD);
        });
    }

    /** Puts the station's demo staff card on the (staff) reader, where it stays until it is taken away. */
    public synchronized void insertStaffCard() {
        if (staffCard == null) {
            staffCard = staffCards.get();
        }
        backend.reader(staffReader).insert(staffCard);
    }

    /** A card pulled away in the middle of the read. */
    public void tapTooBriefly() {
        backend.reader(residentReader).insertAndRemoveAfter(DemoCards.resident(DemoCards.WANG_XIUYING), 1);
    }

    /** Empties every reader (the kiosk has one). */
    public void takeCardAway() {
        takeResidentCardAway();
        takeStaffCardAway();
    }

    /** The resident's card leaves the residents' reader; a staff card in the other stays. */
    public void takeResidentCardAway() {
        backend.reader(residentReader).remove();
    }

    public void takeStaffCardAway() {
        backend.reader(staffReader).remove();
    }

    /** Registers the demo residents here, so they can sign in before the first sync (idempotent). */
    public void seed(Residents residents) throws StorageException {
        for (DemoResident resident : RESIDENTS) {
            residents.addWithCard(new Resident(resident.id(), resident.card().name(), resident.language()),
                    CardKind.SOCIAL_SECURITY, resident.cardKey(hasher));
        }
    }

    /**
     * Tells the server about the demo community the way a real counter would, as signed transactions in the journal:
     * each resident enrolled with their card, the two linked as family, volunteer minutes confirmed, and today's
     * volunteering waiting for the counter ({@link #todaysVolunteering}), every one signed on the demo social worker's
     * PIV card ({@link DemoStaffCard}; the demo server registered her). Only into an empty journal, so it happens once.
     *
     * @param clock the kiosk's, whose day and zone the demo server's tasks follow
     */
    void seedJournal(Journal journal, Clock clock) throws JournalException {
        if (journal.headSequence() > 0) {
            return;
        }
        List<Journal.Step> steps = new ArrayList<>();
        for (DemoResident resident : RESIDENTS) {
            String cardKey = resident.cardKey(hasher);
            steps.add(new Journal.Step(new ResidentEnrolled(resident.id(), cardKey, cardKey, resident.card().name()),
                    BusinessChange.NONE));
        }
        steps.add(new Journal.Step(new FamilyLinked(RESIDENTS.get(0).id(), RESIDENTS.get(1).id()),
                BusinessChange.NONE));
        for (DemoResident resident : RESIDENTS) {
            steps.add(new Journal.Step(new ServiceConfirmed(demoUuid("demo-task:" + resident.card().cardNumber()),
                    resident.id(), resident.creditedMinutes(), DemoServer.DEMO_STAFF_ID,
                    "demo community: volunteering done before the kiosk was set up"), BusinessChange.NONE));
        }
        steps.addAll(todaysVolunteering(LocalDate.ofInstant(clock.instant(), clock.getZone())));
        journal.recordAuthorised(steps, DemoStaffCard.ACTOR, new DemoStaffCard());
    }

    /**
     * Today's volunteering for the demo counter to confirm (issue 12): both residents helped in the canteen kitchen
     * and checked out (an activity to confirm at once; 王秀英 stayed five minutes longer), 王秀英 tidied the activity
     * room (one to confirm and rate), and 李建国 checked in to keep a neighbour company and has not checked out (a
     * check-in still open, or a no-show). Recorded as the kiosk's check-ins and check-outs, staff-signed as a social
     * worker may for any resident, and with no change at this kiosk: its own volunteer screen starts afresh.
     */
    private static List<Journal.Step> todaysVolunteering(LocalDate today) {
        UUID wang = RESIDENTS.get(0).id();
        UUID li = RESIDENTS.get(1).id();
        UUID kitchen = demoTask("canteen-kitchen", today);
        UUID activityRoom = demoTask("activity-room", today);
        UUID company = demoTask("companionship", today);
        return List.of(
                new Journal.Step(new VolunteerCheckedIn(wang, kitchen), BusinessChange.NONE),
                new Journal.Step(new VolunteerCheckedIn(li, kitchen), BusinessChange.NONE),
                new Journal.Step(new VolunteerCheckedOut(wang, kitchen, 95), BusinessChange.NONE),
                new Journal.Step(new VolunteerCheckedOut(li, kitchen, 90), BusinessChange.NONE),
                new Journal.Step(new VolunteerCheckedIn(wang, activityRoom), BusinessChange.NONE),
                new Journal.Step(new VolunteerCheckedOut(wang, activityRoom, 30), BusinessChange.NONE),
                new Journal.Step(new VolunteerCheckedIn(li, company), BusinessChange.NONE));
    }

    /** The id the demo server gives its task {@code key} on {@code day} ({@code DemoCatalogue} names them so). */
    /** The id of the demo resident enrolled with {@code card} (the demo server gives 王秀英 her aid order by it). */
    static UUID residentId(SsseCardData card) {
        return demoUuid("demo-resident:" + card.cardNumber());
    }

    private static UUID demoTask(String key, LocalDate day) {
        return demoUuid("task:" + key + "@" + day);
    }

    /** Fixed ids, so every start of the demo (and its server) names the same people and tasks. */
    private static UUID demoUuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

}
