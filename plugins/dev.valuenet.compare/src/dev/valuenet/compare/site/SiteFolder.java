package dev.valuenet.compare.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import dev.valuenet.dsl.io.AtomicFileWriter;

/**
 * Writes a site into a folder all at once: the pages go to a new hidden sibling folder, which then
 * takes the target's name by a rename, so a reader (a web server, a CI upload) sees the old site or
 * the new one, never half of each. A folder is replaced only when it is empty or holds a site this
 * class wrote (its {@value #MARKER} file): {@code -o ~/Documents} must not delete the documents.
 */
public final class SiteFolder {

	/** The file that marks a folder as a generated site, safe to replace. */
	public static final String MARKER = ".valuenet-site";

	private SiteFolder() {
	}

	/**
	 * Replaces {@code folder} by exactly {@code files} (relative path with '/' -> content).
	 *
	 * @throws IOException when {@code folder} is a file, or a folder with other content, or the
	 *                     disk refuses; the previous content is then left as it was
	 */
	public static void write(Path folder, Map<String, String> files) throws IOException {
		// through a symbolic link to the folder it names, as files are written (the link stays a link)
		Path target = AtomicFileWriter.resolveLinks(folder.toAbsolutePath().normalize());
		Path parent = target.getParent();
		if (parent == null) {
			throw new IOException("cannot write a site to the root folder " + target);
		}
		if (Files.exists(target) && !Files.isDirectory(target)) {
			throw new IOException(folder + " is a file, not a folder; give a new or empty folder (or one valuenet site wrote)");
		}
		if (Files.isDirectory(target) && !isEmpty(target) && !Files.isRegularFile(target.resolve(MARKER))) {
			throw new IOException(folder + " holds other files and no " + MARKER + " marker; valuenet site replaces only a new or empty folder,"
					+ " or a site it wrote: give another folder");
		}
		Files.createDirectories(parent);
		String name = target.getFileName().toString();
		// not createTempDirectory: it makes the folder 0700, and a published site must be readable as
		// any new folder of the user (the umask's mode)
		Path fresh = Files.createDirectory(parent.resolve("." + name + ".new-" + ProcessHandle.current().pid() + "-" + Long.toHexString(System.nanoTime())));
		try {
			for (Map.Entry<String, String> file : files.entrySet()) {
				Path path = fresh.resolve(file.getKey()).normalize();
				if (!path.startsWith(fresh)) {
					throw new IllegalArgumentException("a site file outside the site: " + file.getKey());
				}
				Files.createDirectories(path.getParent());
				Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
			}
			Files.writeString(fresh.resolve(MARKER), "written by valuenet site; the whole folder is replaced by the next run\n");
			keepMode(target, fresh); // after the files: the old mode may not let its owner write
			if (!Files.exists(target)) {
				move(fresh, target);
				return;
			}
			Path old = parent.resolve("." + name + ".old-" + Long.toHexString(System.nanoTime()));
			move(target, old);
			try {
				move(fresh, target);
			} catch (IOException e) {
				move(old, target); // put the previous site back
				throw e;
			}
			delete(old);
		} finally {
			if (Files.exists(fresh)) {
				delete(fresh);
			}
		}
	}

	/** A folder that is replaced keeps its mode (a 750 site stays unreadable to others). */
	private static void keepMode(Path target, Path fresh) throws IOException {
		if (Files.isDirectory(target) && Files.getFileStore(target).supportsFileAttributeView(PosixFileAttributeView.class)) {
			Files.setPosixFilePermissions(fresh, Files.getPosixFilePermissions(target));
		}
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to);
		}
	}

	private static boolean isEmpty(Path folder) throws IOException {
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
			return !entries.iterator().hasNext();
		}
	}

	private static void delete(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}
}
