package org.huzhu.kiosk.sync;

import org.huzhu.kiosk.storage.StorageException;

/** Reads the snapshot state the kiosk works from. Blocking (disk): call from a worker thread. Thread-safe. */
@FunctionalInterface
public interface SnapshotStateReader {

    /** For a kiosk that never syncs (not enrolled, or a test): always {@link SnapshotState#NONE}. */
    SnapshotStateReader NONE = () -> SnapshotState.NONE;

    SnapshotState read() throws StorageException;
}
