package org.huzhu.kiosk.desk;

import java.util.Optional;
import java.util.UUID;
import org.huzhu.kiosk.community.TimeBank;
import org.huzhu.kiosk.residents.Resident;
import org.huzhu.kiosk.residents.Residents;
import org.huzhu.kiosk.storage.StorageException;

/** Reads a resident's file for the counter from what this station knows. Blocking: worker threads only. Thread-safe. */
public final class ResidentFiles {

    private final Residents residents;
    private final TimeBank timeBank;

    public ResidentFiles(Residents residents, TimeBank timeBank) {
        this.residents = residents;
        this.timeBank = timeBank;
    }

    /** The file of {@code residentId}, if this station knows them. */
    public Optional<ResidentFile> file(UUID residentId) throws StorageException {
        Optional<Resident> resident = residents.find(residentId);
        if (resident.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ResidentFile(resident.get(), residents.cardOf(residentId),
                timeBank.balance(residentId), timeBank.family(residentId), residents.closedAt(residentId)));
    }
}
