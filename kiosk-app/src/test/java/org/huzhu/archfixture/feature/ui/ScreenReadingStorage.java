package org.huzhu.archfixture.feature.ui;

import javafx.application.Platform;
import org.huzhu.archfixture.feature.storage.StorageThrowingGeneric;

/** Fixture: breaks "UI does not reach into storage" and "runLater only in FxThread". */
public class ScreenReadingStorage {

    public void show() {
        Platform.runLater(() -> new StorageThrowingGeneric().read());
    }
}
