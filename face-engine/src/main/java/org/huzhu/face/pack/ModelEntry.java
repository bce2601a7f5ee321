package org.huzhu.face.pack;

import java.nio.file.Path;

/**
 * One model of a checked pack, as its manifest describes it.
 *
 * @param role        what it is for
 * @param id          stable model id; face templates carry the embedder's, so templates of different models are
 *                    never compared
 * @param file        the model file, inside the pack folder, already checked (size and SHA-256)
 * @param sizeBytes   the file's size in bytes
 * @param sha256      the file's SHA-256, lower-case hex
 * @param inputWidth  the network's input width in pixels
 * @param inputHeight the network's input height in pixels
 * @param kind        which pre- and post-processing code runs it (e.g. {@code faceplugin-detector})
 * @param licence     the model's licence as its source declares it
 * @param source      where the file comes from
 */
public record ModelEntry(ModelRole role, String id, Path file, long sizeBytes, String sha256, int inputWidth,
        int inputHeight, String kind, String licence, String source) {
}
