package org.huzhu.archfixture.feature.storage;

/** Fixture: breaks "no generic exceptions". */
public class StorageThrowingGeneric {

    public String read() {
        throw new RuntimeException("fixture");
    }
}
