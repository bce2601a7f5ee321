package org.huzhu.face.pack;

import java.util.Arrays;
import java.util.Optional;

/** What a model in a pack is for; each role has one interface in {@code org.huzhu.face.model}. */
public enum ModelRole {
    DETECTOR("detector"),
    LANDMARKS("landmarks"),
    EMBEDDER("embedder"),
    LIVENESS("liveness");

    private final String manifestName;

    ModelRole(String manifestName) {
        this.manifestName = manifestName;
    }

    /** The role's name in {@code manifest.json}. */
    public String manifestName() {
        return manifestName;
    }

    static Optional<ModelRole> fromManifest(String name) {
        return Arrays.stream(values()).filter(role -> role.manifestName.equals(name)).findFirst();
    }
}
