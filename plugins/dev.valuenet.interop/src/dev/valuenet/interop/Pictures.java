package dev.valuenet.interop;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.renderer.NullPlatformSupport;
import com.github.weisj.jsvg.view.FloatSize;

/**
 * An SVG picture as a file: SVG as it is; PNG rasterized by JSVG (com.github.weisj:jsvg, the SVG
 * renderer the Eclipse Platform itself ships) at a scale of the SVG's own size or at a width in
 * pixels; PDF as one page of the picture's size in points holding that raster, written by Apache
 * PDFBox. The whole picture is drawn, not a visible part of it. (A vector PDF needs Apache FOP's PDF
 * transcoder, whose two dozen jars on Maven Central carry no OSGi manifests: not done.)
 */
public final class Pictures {

	/** Larger pictures are refused: 20,000 x 20,000 pixels is 1.6 GB of raster. */
	public static final int MAX_PIXELS = 20_000;

	private Pictures() {
	}

	/** The picture format of a file name: svg, png or pdf; null for others. */
	public static String format(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		for (String format : new String[] { "svg", "png", "pdf" }) {
			if (name.endsWith("." + format)) {
				return format;
			}
		}
		return null;
	}

	/**
	 * The bytes of {@code svg} in {@code format} (svg, png, pdf).
	 *
	 * @param scale multiplies the SVG's width and height (ignored when {@code width} is positive)
	 * @param width the width of the result in pixels, or 0 to use the scale
	 * @throws IllegalArgumentException when the picture would be larger than {@link #MAX_PIXELS}
	 */
	public static byte[] render(String svg, String format, double scale, int width) throws IOException {
		if (format.equals("svg")) {
			return svg.getBytes(StandardCharsets.UTF_8);
		}
		SVGDocument document = new SVGLoader().load(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)), null,
				LoaderContext.createDefault());
		if (document == null) {
			throw new IOException("the picture could not be read as SVG");
		}
		FloatSize size = document.size();
		double factor = width > 0 ? width / size.getWidth() : scale;
		int pixelsWide = (int) Math.ceil(size.getWidth() * factor);
		int pixelsHigh = (int) Math.ceil(size.getHeight() * factor);
		if (pixelsWide < 1 || pixelsHigh < 1 || pixelsWide > MAX_PIXELS || pixelsHigh > MAX_PIXELS) {
			throw new IllegalArgumentException("a picture of " + pixelsWide + " x " + pixelsHigh + " pixels is not drawn (at most " + MAX_PIXELS
					+ " each way); choose a smaller --scale or --width");
		}
		BufferedImage image = new BufferedImage(pixelsWide, pixelsHigh, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		try {
			graphics.setColor(Color.WHITE);
			graphics.fillRect(0, 0, pixelsWide, pixelsHigh);
			graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
			graphics.scale(factor, factor);
			document.renderWithPlatform(NullPlatformSupport.INSTANCE, graphics, null);
		} finally {
			graphics.dispose();
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		if (format.equals("png")) {
			ImageIO.write(image, "png", bytes);
			return bytes.toByteArray();
		}
		try (PDDocument pdf = new PDDocument()) {
			// the page has the picture's size in points at --scale 1, the raster more pixels when scaled up
			float pageWide = (float) size.getWidth(), pageHigh = (float) size.getHeight();
			PDPage page = new PDPage(new PDRectangle(pageWide, pageHigh));
			pdf.addPage(page);
			PDImageXObject picture = LosslessFactory.createFromImage(pdf, image);
			try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
				content.drawImage(picture, 0, 0, pageWide, pageHigh);
			}
			// no object streams: the page and its media box stay readable text for any PDF tool
			pdf.save(bytes, CompressParameters.NO_COMPRESSION);
		}
		return bytes.toByteArray();
	}
}
