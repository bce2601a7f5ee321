package org.huzhu.devices.card.profile;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Properties;
import java.util.Set;

/**
 * The region-dependent part of the social-security card profile: application name, file and record locations, tags
 * and lengths, read from a properties file (see {@code ssse-standard.properties}) so that a region whose cards differ
 * gets a new file, not new code. Immutable and thread-safe.
 */
public record SsseLayout(byte[] applicationName, RecordField cardNumber, int cardNumberMaxLength, int holderFileId,
                         RecordField idNumber, RecordField name, int nameMaxBytes, RecordField gender,
                         RecordField birthDate) {

    private static final String STANDARD_RESOURCE = "ssse-standard.properties";

    public SsseLayout {
        applicationName = applicationName.clone();
    }

    @Override
    public byte[] applicationName() {
        return applicationName.clone();
    }

    /** The national layout shipped with the kiosk. */
    public static SsseLayout standard() {
        try (InputStream in = SsseLayout.class.getResourceAsStream(STANDARD_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(STANDARD_RESOURCE + " is missing from the jar");
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(STANDARD_RESOURCE + " cannot be read", e);
        }
    }

    /**
     * Reads a layout file. Unknown or missing keys and bad hex are rejected with {@link IllegalArgumentException}
     * naming the key, so a typo in a regional file fails at start, not at a resident's first tap.
     */
    public static SsseLayout load(InputStream in) throws IOException {
        Properties properties = new Properties();
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        Keys keys = new Keys(properties);
        SsseLayout layout = new SsseLayout(
                keys.bytes("application.df-name"),
                keys.field("card-number"),
                keys.number("card-number.max-length"),
                keys.number("holder.file-id"),
                keys.field("id-number"),
                keys.field("name"),
                keys.number("name.max-length"),
                keys.field("gender"),
                keys.field("birth-date"));
        keys.rejectUnused();
        return layout;
    }

    /** Tracks which keys were read, so leftovers (typos) can be reported. */
    private static final class Keys {
        private final Properties properties;
        private final Set<String> used = new HashSet<>();

        Keys(Properties properties) {
            this.properties = properties;
        }

        String text(String key) {
            String value = properties.getProperty(key);
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("card layout: missing key " + key);
            }
            used.add(key);
            return value.replace(" ", "");
        }

        byte[] bytes(String key) {
            try {
                return HexFormat.of().parseHex(text(key));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("card layout: " + key + " is not hex bytes", e);
            }
        }

        int number(String key) {
            try {
                return Integer.parseInt(text(key), 16);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("card layout: " + key + " is not a hex number", e);
            }
        }

        RecordField field(String prefix) {
            int le = number(prefix + ".le");
            return new RecordField(prefix, number(prefix + ".p1"), number(prefix + ".p2"), le == 0 ? 256 : le,
                    number(prefix + ".tag"));
        }

        void rejectUnused() {
            for (String key : properties.stringPropertyNames()) {
                if (!used.contains(key)) {
                    throw new IllegalArgumentException("card layout: unknown key " + key);
                }
            }
        }
    }
}
