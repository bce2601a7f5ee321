package org.huzhu.face.testsupport;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * The public face photos Debian's {@code libdlib19.1} ships under {@code /usr/share/doc/libdlib19.1/examples}
 * (dlib's example data, Boost licence for dlib; the photos come from public datasets: {@code johns/} holds 150x150
 * face crops of five public figures named John, adult men, 11 to 15 photos each; {@code faces/} multi-face photos
 * from PASCAL VOC 2011 with dlib's annotated boxes). Read in place, never copied.
 */
public final class PublicPhotos {

    private PublicPhotos() {
    }

    public static Path root() {
        return Path.of(System.getProperty("huzhu.face.photos", "/usr/share/doc/libdlib19.1/examples"));
    }

    /** One photo of a person. */
    public record Photo(String person, Path file) {
    }

    /** All johns photos, sorted, with byte-identical duplicates dropped (one pair in the package). */
    public static List<Photo> johns() {
        Path johns = root().resolve("johns");
        if (!Files.isDirectory(johns)) {
            throw new AssertionError("The face accuracy tests need Debian's libdlib19.1 photos in " + johns
                    + ": apt-get install libdlib19.1");
        }
        List<Photo> photos = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (Stream<Path> files = Files.walk(johns)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jpg")).sorted().toList()) {
                if (seen.add(sha256(file))) {
                    photos.add(new Photo(file.getParent().getFileName().toString(), file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return photos;
    }

    public static BufferedImage read(Path file) {
        try {
            BufferedImage image = ImageIO.read(file.toFile());
            if (image == null) {
                throw new AssertionError("not an image: " + file);
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
