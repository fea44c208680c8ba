import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Removes the signatures (META-INF/*.SF, *.RSA, *.DSA, *.EC) from the jars of the valuenet command's
 * lib/ folder, run by the build with java's source launcher: {@code java UnsignJars.java DIR}.
 * <p>
 * Why: the JVM verifies a signed jar's digests as it loads classes from it (CPU on every start), and
 * the class-data/AOT cache of the launcher leaves out classes of signed jars, so EMF, Xtext and
 * Equinox were loaded and linked from scratch on every run. The p2 repository next to lib/ keeps the
 * signed originals: only the command's private copy is changed. Entries are copied as they are
 * (compressed data is re-deflated; order, names and times kept).
 */
public final class UnsignJars {

	private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)", Pattern.CASE_INSENSITIVE);

	public static void main(String[] args) throws IOException {
		Path dir = Path.of(args[0]);
		List<Path> jars;
		try (Stream<Path> list = Files.list(dir)) {
			jars = list.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
		}
		int unsigned = 0;
		for (Path jar : jars) {
			if (unsign(jar)) {
				unsigned++;
			}
		}
		System.out.println("UnsignJars: " + unsigned + " of " + jars.size() + " jars in " + dir + " had signatures, removed");
	}

	private static boolean unsign(Path jar) throws IOException {
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			if (zip.stream().noneMatch(e -> SIGNATURE.matcher(e.getName()).matches())) {
				return false;
			}
			Path temp = Files.createTempFile(jar.getParent(), ".unsign", ".jar");
			try {
				try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(temp))) {
					for (ZipEntry entry : Collections.list(zip.entries())) {
						if (SIGNATURE.matcher(entry.getName()).matches()) {
							continue;
						}
						ZipEntry copy = new ZipEntry(entry.getName());
						copy.setTime(entry.getTime());
						out.putNextEntry(copy);
						try (InputStream in = zip.getInputStream(entry)) {
							in.transferTo(out);
						}
						out.closeEntry();
					}
				}
				// a temporary file is private (0600): the jar keeps the original's mode, or the distribution runs for its builder only
				try {
					Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(jar));
				} catch (UnsupportedOperationException e) {
					// not a POSIX file system: nothing to keep
				}
				Files.move(temp, jar, StandardCopyOption.REPLACE_EXISTING);
			} finally {
				Files.deleteIfExists(temp);
			}
			return true;
		}
	}
}
