package org.huzhu.face.pack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * A folder of face models with a {@code manifest.json}, checked before any model is loaded: every role present, every
 * file there, of the manifest's size and SHA-256. A pack that fails any check refuses to load with a
 * {@link ModelPackException} naming the file and the problem; a changed byte is enough.
 *
 * <p>Immutable and thread-safe once loaded. The check reads every file once (about 9 MB for the development pack).
 */
public final class ModelPack {

    public static final String MANIFEST = "manifest.json";
    private static final String REINSTALL = " — reinstall the face model pack";

    private final Path root;
    private final String name;
    private final double similarityThreshold;
    private final Map<ModelRole, ModelEntry> models;

    private ModelPack(Path root, String name, double similarityThreshold, Map<ModelRole, ModelEntry> models) {
        this.root = root;
        this.name = name;
        this.similarityThreshold = similarityThreshold;
        this.models = models;
    }

    /** Reads {@code folder/manifest.json} and checks every model file it lists. */
    public static ModelPack load(Path folder) throws ModelPackException {
        Path manifest = folder.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            throw new ModelPackException(manifest + ": missing; no face model pack in " + folder + REINSTALL);
        }
        JsonNode tree;
        try {
            tree = new ObjectMapper().readTree(manifest.toFile());
        } catch (IOException e) {
            throw new ModelPackException(manifest + ": the manifest cannot be read (" + e.getMessage() + ")"
                    + REINSTALL, e);
        }
        if (tree == null || !tree.path("models").isArray()) {
            throw new ModelPackException(manifest + ": the manifest has no \"models\" list" + REINSTALL);
        }
        Map<ModelRole, ModelEntry> models = new EnumMap<>(ModelRole.class);
        for (JsonNode model : tree.path("models")) {
            ModelEntry entry = entry(folder, manifest, model);
            if (models.put(entry.role(), entry) != null) {
                throw new ModelPackException(manifest + ": role " + entry.role().manifestName() + " is listed twice");
            }
        }
        for (ModelRole role : ModelRole.values()) {
            if (!models.containsKey(role)) {
                throw new ModelPackException(manifest + ": no model for the role " + role.manifestName() + REINSTALL);
            }
        }
        for (ModelEntry entry : models.values()) {
            check(entry);
        }
        JsonNode threshold = tree.get("similarityThreshold");
        if (threshold == null || !threshold.isNumber() || !(threshold.asDouble() > 0 && threshold.asDouble() < 1)) {
            throw new ModelPackException(manifest + ": \"similarityThreshold\" (the embedder's cosine threshold,"
                    + " between 0 and 1) is missing or out of range" + REINSTALL);
        }
        return new ModelPack(folder, tree.path("pack").asText(folder.getFileName().toString()), threshold.asDouble(),
                Map.copyOf(models));
    }

    public Path root() {
        return root;
    }

    /** The pack's name from its manifest (e.g. {@code faceplugin-dev}). */
    public String name() {
        return name;
    }

    /**
     * The cosine similarity at which this pack's embedder counts two faces as the same person, measured for the pack
     * (the development pack's derivation: README "Face accuracy"). {@code FacePolicy.standard} takes it.
     */
    public double similarityThreshold() {
        return similarityThreshold;
    }

    public ModelEntry model(ModelRole role) {
        return models.get(role);
    }

    private static ModelEntry entry(Path folder, Path manifest, JsonNode model) throws ModelPackException {
        String roleName = text(manifest, model, "role");
        ModelRole role = ModelRole.fromManifest(roleName).orElseThrow(() -> new ModelPackException(
                manifest + ": unknown role \"" + roleName + "\" (known: detector, landmarks, embedder, liveness)"));
        String file = text(manifest, model, "file");
        Path path = folder.resolve(file).normalize();
        if (!path.getParent().equals(folder.normalize())) {
            throw new ModelPackException(manifest + ": model file \"" + file + "\" must lie in the pack folder itself");
        }
        return new ModelEntry(role, text(manifest, model, "id"), path, number(manifest, model, "sizeBytes"),
                text(manifest, model, "sha256").toLowerCase(Locale.ROOT),
                (int) number(manifest, model, "inputWidth"), (int) number(manifest, model, "inputHeight"),
                text(manifest, model, "kind"), text(manifest, model, "licence"), text(manifest, model, "source"));
    }

    private static String text(Path manifest, JsonNode model, String field) throws ModelPackException {
        JsonNode value = model.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new ModelPackException(manifest + ": a model lacks the text field \"" + field + "\"" + REINSTALL);
        }
        return value.asText();
    }

    private static long number(Path manifest, JsonNode model, String field) throws ModelPackException {
        JsonNode value = model.get(field);
        if (value == null || !value.canConvertToLong() || value.asLong() <= 0) {
            throw new ModelPackException(manifest + ": a model lacks the positive number \"" + field + "\"" + REINSTALL);
        }
        return value.asLong();
    }

    private static void check(ModelEntry entry) throws ModelPackException {
        String name = entry.file().getFileName().toString();
        if (!Files.isRegularFile(entry.file())) {
            throw new ModelPackException(name + ": missing from the pack folder " + entry.file().getParent()
                    + REINSTALL);
        }
        try {
            long size = Files.size(entry.file());
            if (size != entry.sizeBytes()) {
                throw new ModelPackException(name + ": " + size + " bytes, the manifest says " + entry.sizeBytes()
                        + "; the file is incomplete or was replaced" + REINSTALL);
            }
            if (!sha256(entry.file()).equals(entry.sha256())) {
                throw new ModelPackException(name + ": SHA-256 differs from the manifest; the file was changed or is"
                        + " damaged" + REINSTALL);
            }
        } catch (IOException e) {
            throw new ModelPackException(name + ": cannot be read (" + e.getMessage() + ")" + REINSTALL, e);
        }
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
