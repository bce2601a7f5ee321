package org.huzhu.kiosk.speech;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A 16-bit mono PCM WAV file as espeak-ng writes it, reduced to what a test asks: how long, and how loud.
 *
 * @param seconds length of the audio
 * @param rms     root mean square of the samples, as a fraction of full scale (0 is silence)
 */
record Wav(double seconds, double rms) {

    static Wav read(Path file) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.remaining() < 44 || bytes.getInt(0) != 0x46464952 || bytes.getInt(8) != 0x45564157) {
            throw new IOException(file + " is not a WAV file");
        }
        int sampleRate = bytes.getInt(24);
        int bitsPerSample = bytes.getShort(34);
        if (bytes.getShort(22) != 1 || bitsPerSample != 16) {
            throw new IOException(file + ": expected 16-bit mono, got " + bytes.getShort(22) + " channels, "
                    + bitsPerSample + " bits");
        }
        int dataStart = 44;
        int samples = (bytes.limit() - dataStart) / 2;
        double sumOfSquares = 0;
        for (int i = 0; i < samples; i++) {
            double sample = bytes.getShort(dataStart + 2 * i) / 32768.0;
            sumOfSquares += sample * sample;
        }
        return new Wav((double) samples / sampleRate, samples == 0 ? 0 : Math.sqrt(sumOfSquares / samples));
    }
}
