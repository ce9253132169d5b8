package io.gridguard.checkpoint.internal;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

import io.gridguard.shared.web.QrImages;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

/**
 * The printed venue-code poster: title, place name, the QR code and a line on how to use it, as a PNG and as
 * an A4 PDF holding that image. Text is drawn with a font of the server that has the glyphs (on Debian,
 * fonts-noto-cjk); a server without one prints the lines it can (the QR code is always right).
 */
public final class VenuePoster {

    private static final int WIDTH = 1240;
    private static final int HEIGHT = 1754;
    private static final Color GREEN = new Color(0x1b, 0x7f, 0x3b);

    private VenuePoster() {
    }

    /** @param lines title, place name, hint — in the reader's language */
    public static byte[] png(String url, List<String> lines) {
        try {
            var out = new ByteArrayOutputStream();
            ImageIO.write(draw(url, lines), "PNG", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] pdf(String url, List<String> lines) {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            var image = LosslessFactory.createFromImage(document, draw(url, lines));
            try (var content = new PDPageContentStream(document, page)) {
                PDRectangle box = page.getMediaBox();
                content.drawImage(image, 0, 0, box.getWidth(), box.getHeight());
            }
            document.getDocumentInformation().setTitle(String.join(" ", lines.subList(0, Math.min(2, lines.size()))));
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage draw(String url, List<String> lines) {
        var poster = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = poster.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(GREEN);
            g.fillRect(0, 0, WIDTH, 220);
            String all = String.join("", lines);
            String family = family(all);
            centre(g, lines.getFirst(), new Font(family, Font.BOLD, 96), Color.WHITE, 150);
            if (lines.size() > 1) {
                centre(g, lines.get(1), new Font(family, Font.BOLD, 72), Color.BLACK, 360);
            }
            g.drawImage(QrImages.image(url, 900), (WIDTH - 900) / 2, 430, null);
            for (int i = 2; i < lines.size(); i++) {
                centre(g, lines.get(i), new Font(family, Font.PLAIN, 44), Color.DARK_GRAY, 1420 + (i - 2) * 70);
            }
        } finally {
            g.dispose();
        }
        return poster;
    }

    /** A font family that can draw every character of the text, or the logical SansSerif when none can. */
    static String family(String text) {
        return Arrays.stream(Fonts.ALL)
                .filter(font -> font.canDisplayUpTo(text) == -1)
                .map(Font::getFamily)
                .filter(name -> name.contains("CJK") || name.contains("Hei") || name.contains("Song") || name.contains("Sans"))
                .findFirst().orElse(Font.SANS_SERIF);
    }

    /** Loaded once, on the first poster: listing the server's fonts takes a moment. */
    private static final class Fonts {
        static final Font[] ALL = GraphicsEnvironment.getLocalGraphicsEnvironment().getAllFonts();
    }

    private static void centre(Graphics2D g, String text, Font font, Color colour, int baseline) {
        g.setFont(font);
        g.setColor(colour);
        FontMetrics metrics = g.getFontMetrics();
        String fitted = text;
        while (metrics.stringWidth(fitted) > WIDTH - 80 && fitted.length() > 1) {
            fitted = fitted.substring(0, fitted.length() - 1);
        }
        g.drawString(fitted, (WIDTH - metrics.stringWidth(fitted)) / 2, baseline);
    }
}
