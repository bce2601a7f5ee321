package org.huzhu.devices.qr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.Binarizer;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.ReaderException;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a QR code from a picture with ZXing: the picture shrunk so its longer side is at most {@value #MAX_SIDE} px,
 * then the hybrid (local threshold) binarizer and, if that finds nothing, the global histogram one, both trying hard
 * and also inverted (light modules on dark, as some phone screens show them); and, if still nothing, the same on the
 * picture turned 90°. Blocking and CPU-bound (tens of milliseconds a 640x480 frame): call it off the FX thread.
 * Thread-safe (each call has its own reader).
 */
public final class QrDecoder {

    /** Longer side, in pixels, a picture is shrunk to before decoding. */
    public static final int MAX_SIDE = 960;
    private static final Map<DecodeHintType, Object> HINTS = hints();
    private static final List<Function<LuminanceSource, Binarizer>> BINARIZERS =
            List.of(HybridBinarizer::new, GlobalHistogramBinarizer::new);

    public QrResult decode(BufferedImage picture) {
        LuminanceSource upright = LuminanceImage.of(picture, MAX_SIDE);
        QrResult found = decode(upright);
        return found instanceof QrResult.Found ? found : decode(upright.rotateCounterClockwise());
    }

    private static QrResult decode(LuminanceSource source) {
        MultiFormatReader reader = new MultiFormatReader();
        reader.setHints(HINTS);
        for (Function<LuminanceSource, Binarizer> binarizer : BINARIZERS) {
            try {
                return new QrResult.Found(reader.decodeWithState(new BinaryBitmap(binarizer.apply(source)))
                        .getText());
            } catch (ReaderException e) {
                // Not found, or found but unreadable with this binarizer: try the next.
            } finally {
                reader.reset();
            }
        }
        return new QrResult.NotFound();
    }

    private static Map<DecodeHintType, Object> hints() {
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        hints.put(DecodeHintType.ALSO_INVERTED, Boolean.TRUE);
        // Codes without an ECI marker are read as UTF-8 (ZXing would otherwise guess, e.g. Shift_JIS for Chinese).
        hints.put(DecodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        return Map.copyOf(hints);
    }
}
