package com.kt.eventmarketing.content.rendering;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * The print poster as an A4 PDF: the 300 dpi page exactly as rendered, plus an invisible text layer
 * (the Korean font embedded as a subset) at the positions of the texts, so the PDF is searchable and
 * its text can be copied, as a print shop or a screen reader expects.
 */
final class PosterPdf {

    private PosterPdf() {}

    static byte[] of(BufferedImage image, Composition composition) {
        try (PDDocument document = new PDDocument()) {
            PDRectangle a4 = PDRectangle.A4;
            PDPage page = new PDPage(a4);
            document.addPage(page);
            PDDocumentInformation info = document.getDocumentInformation();
            composition.text(TextRole.EVENT_NAME).ifPresent(name -> info.setTitle(name.text()));
            info.setCreator("KT Event Marketing");
            double scale = a4.getWidth() / composition.width();
            PDImageXObject picture = LosslessFactory.createFromImage(document, image);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(picture, 0, 0, a4.getWidth(), a4.getHeight());
                PDType0Font font =
                        PDType0Font.load(document, new java.io.ByteArrayInputStream(FontBytes.REGULAR), true);
                content.beginText();
                content.setRenderingMode(RenderingMode.NEITHER);
                for (PlacedText text : composition.texts()) {
                    float size = (float) (text.fontSize() * scale);
                    content.setFont(font, size);
                    for (int i = 0; i < text.lines().size(); i++) {
                        float x = (float) (text.lineX(i) * scale);
                        float y = (float) (a4.getHeight() - text.baseline(i) * scale);
                        content.setTextMatrix(org.apache.pdfbox.util.Matrix.getTranslateInstance(x, y));
                        content.showText(text.lines().get(i));
                    }
                }
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Read once: the subset is made per document from these bytes. */
    private static final class FontBytes {
        static final byte[] REGULAR = PosterFonts.trueTypeBytes(Weight.REGULAR);
    }
}
