package dev.valuenet.interop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/** SVG to PNG and PDF: the size asked for, something drawn, a real PDF. */
class PicturesTest {

	private static final String SVG = """
			<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100">
			  <rect x="10" y="10" width="80" height="40" fill="#1f77b4"/>
			  <text x="100" y="80" font-family="sans-serif" font-size="14">Acme</text>
			</svg>
			""";

	@Test
	void pngHasTheScaledSizeAndTheDrawing() throws IOException {
		byte[] png = Pictures.render(SVG, "png", 2, 0);
		assertArrayEquals(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' }, java.util.Arrays.copyOf(png, 8), "PNG signature");
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertEquals(400, image.getWidth());
		assertEquals(200, image.getHeight());
		// the blue box covers (20..180, 20..100) at scale 2; the corner stays white
		assertEquals(0x1f77b4, image.getRGB(100, 60) & 0xFFFFFF);
		assertEquals(0xFFFFFF, image.getRGB(2, 2) & 0xFFFFFF);
		BufferedImage wide = ImageIO.read(new ByteArrayInputStream(Pictures.render(SVG, "png", 1, 1000)));
		assertEquals(1000, wide.getWidth());
		assertEquals(500, wide.getHeight());
	}

	@Test
	void pdfIsOnePageOfThePicturesSize() throws IOException {
		byte[] pdf = Pictures.render(SVG, "pdf", 2, 0);
		assertTrue(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"));
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			assertEquals(1, document.getNumberOfPages());
			var box = document.getPage(0).getMediaBox();
			assertEquals(200, box.getWidth(), 1e-3);
			assertEquals(100, box.getHeight(), 1e-3);
			var images = new java.util.ArrayList<org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject>();
			var resources = document.getPage(0).getResources();
			for (var name : resources.getXObjectNames()) {
				images.add((org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) resources.getXObject(name));
			}
			assertEquals(1, images.size());
			// scale 2: the raster has twice the page's size in pixels
			assertEquals(400, images.get(0).getWidth());
		}
	}

	@Test
	void formatsFollowTheExtensionAndHugePicturesAreRefused() {
		assertEquals("png", Pictures.format(Path.of("map.PNG")));
		assertEquals("pdf", Pictures.format(Path.of("a/map.pdf")));
		assertEquals(null, Pictures.format(Path.of("map.jpg")));
		assertThrows(IllegalArgumentException.class, () -> Pictures.render(SVG, "png", 1000, 0));
	}
}
