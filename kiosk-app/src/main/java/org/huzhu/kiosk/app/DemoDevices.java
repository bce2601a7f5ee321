package org.huzhu.kiosk.app;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.huzhu.devices.card.profile.IdNumberHasher;
import org.huzhu.devices.card.sim.DemoCards;
import org.huzhu.devices.card.sim.SimulatedReader;
import org.huzhu.devices.card.sim.SimulatedReaderBackend;
import org.huzhu.devices.card.sim.SsseCardData;
import org.huzhu.kiosk.i18n.Language;
import org.huzhu.kiosk.residents.CardKind;
import org.huzhu.kiosk.residents.Resident;
import org.huzhu.kiosk.residents.Residents;
import org.huzhu.kiosk.storage.StorageException;

/**
 * The demo's devices and people: one simulated card reader in this process (no pcscd), demo cards a newcomer "taps"
 * from the screen, and the residents those cards belong to. 王秀英 and Li Jianguo are registered (Li prefers English);
 * 张三's card is deliberately not, to show the "please see the counter" path.
 */
public final class DemoDevices {

    public static final String READER_NAME = "Demo reader (simulated)";
    /** Demo data is not secret; a fixed key lets the seeded residents match the demo cards on every start. */
    static final byte[] DEMO_CARD_SECRET = "huzhu demo card secret, not for real use".getBytes(StandardCharsets.US_ASCII);

    /** The cards on the demo tray, in the order shown. */
    public enum DemoCard {
        WANG_XIUYING, LI_JIANGUO, UNREGISTERED, FOREIGN
    }

    private final SimulatedReaderBackend backend = SimulatedReaderBackend.withReaders(READER_NAME);

    public SimulatedReaderBackend backend() {
        return backend;
    }

    public byte[] cardSecret() {
        return DEMO_CARD_SECRET.clone();
    }

    /** Puts {@code card} on the reader, as a resident tapping it. */
    public void tap(DemoCard card) {
        reader().insert(switch (card) {
            case WANG_XIUYING -> DemoCards.resident(DemoCards.WANG_XIUYING);
            case LI_JIANGUO -> DemoCards.resident(DemoCards.LI_JIANGUO);
            case UNREGISTERED -> DemoCards.resident(DemoCards.ZHANG_SAN);
            case FOREIGN -> DemoCards.foreignCard();
        });
    }

    /** A card pulled away in the middle of the read. */
    public void tapTooBriefly() {
        reader().insertAndRemoveAfter(DemoCards.resident(DemoCards.WANG_XIUYING), 1);
    }

    public void takeCardAway() {
        reader().remove();
    }

    /** Registers the demo residents (idempotent: cards already bound are left alone). */
    public void seed(Residents residents) throws StorageException {
        IdNumberHasher hasher = new IdNumberHasher(DEMO_CARD_SECRET);
        seed(residents, hasher, DemoCards.WANG_XIUYING, Language.ZH_CN);
        seed(residents, hasher, DemoCards.LI_JIANGUO, Language.EN);
    }

    private static void seed(Residents residents, IdNumberHasher hasher, SsseCardData card, Language language)
            throws StorageException {
        UUID id = UUID.nameUUIDFromBytes(("demo-resident:" + card.cardNumber()).getBytes(StandardCharsets.UTF_8));
        residents.addWithCard(new Resident(id, card.name(), language), CardKind.SOCIAL_SECURITY,
                hasher.hmacHex(card.idNumber().getBytes(StandardCharsets.US_ASCII)));
    }

    private SimulatedReader reader() {
        return backend.reader(READER_NAME);
    }
}
