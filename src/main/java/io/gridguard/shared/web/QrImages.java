package io.gridguard.shared.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.EncodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * QR codes as PNG images (ZXing), for posters and codes shown on screens. Each is read back before it is given out:
 * ZXing's reader — and html5-qrcode, the gates' camera reader, is a port of it — could not find about 1 in 70 health-code
 * tokens as drawn with the mask pattern ZXing's writer prefers, at any size (43 of 3,000 random tokens, 2026-12-06);
 * every one of them read with another mask. So an image that does not read back is drawn with the other masks in turn.
 */
public final class QrImages {

    private static final int MASKS = 8;

    private QrImages() {
    }

    public static byte[] png(String text, int size) {
        try {
            var out = new ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image(text, size), "PNG", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The QR code as an image, to compose into a poster: one that reads back, if any mask pattern gives one. */
    public static BufferedImage image(String text, int size) {
        BufferedImage preferred = drawn(text, size, null);
        if (readsBack(preferred, text)) {
            return preferred;
        }
        for (int mask = 0; mask < MASKS; mask++) {
            BufferedImage other = drawn(text, size, mask);
            if (readsBack(other, text)) {
                return other;
            }
        }
        return preferred;
    }

    /** The image with the mask pattern given, or (null) the one of least penalty that the QR standard prescribes. */
    static BufferedImage drawn(String text, int size, Integer mask) {
        Map<EncodeHintType, Object> hints = new HashMap<>(Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                EncodeHintType.MARGIN, 2, EncodeHintType.CHARACTER_SET, "UTF-8"));
        if (mask != null) {
            hints.put(EncodeHintType.QR_MASK_PATTERN, mask);
        }
        try {
            return MatrixToImageWriter.toBufferedImage(new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size, hints));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode a QR code of this text", e);
        }
    }

    static boolean readsBack(BufferedImage image, String text) {
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
                    .getText().equals(text);
        } catch (ReaderException e) {
            return false;
        }
    }
}
