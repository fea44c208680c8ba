package dev.valuenet.dsl.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that it is either completely the old text or completely the new one, and so that
 * the file stays the file it was. This is the one way the project writes a user's file (format,
 * every {@code --out}, exports, layout sidecars):
 * <ul>
 * <li><b>Atomic</b>: the new content goes to a temporary file in the same folder, is flushed to disk
 * and renamed over the original in one step; a crash leaves the old file, never half a file.</li>
 * <li><b>Keeps the file</b>: the original's mode (including setuid/setgid/sticky) and owner/group are
 * copied to the replacement. When they cannot be (another owner, a read-only folder) or the file has
 * more than one hard link (a rename would split them), the file is rewritten in place instead:
 * truncate and write, restoring the old bytes if the write fails.</li>
 * <li><b>Symbolic links</b> are followed: writing through a link writes its target (a dangling link
 * creates the target), the link itself stays.</li>
 * <li><b>New files</b> get the mode the umask gives (as {@code >} in a shell does), not owner-only.</li>
 * <li><b>Special files</b> (folders, FIFOs, devices, sockets) are refused with a message, never replaced.</li>
 * <li><b>No temporary file survives</b>: it is deleted on failure, on exit and on SIGINT/SIGTERM (a
 * shutdown hook); the name carries the writing process id, so the next write to the same file deletes
 * a temporary left by a process that was killed outright (SIGKILL).</li>
 * <li><b>Failures</b> are {@link IOException}s whose message names the real path and the reason
 * ("cannot write /data/model.vnet: permission denied"), never the temporary file.</li>
 * </ul>
 * Thread-safe; two writers of the same file race like two {@code mv}s: the last rename wins.
 */
public final class AtomicFileWriter {

	/** Produces the content of a file. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	private static final String TEMP_SUFFIX = ".vnet-tmp";
	private static final int MAX_LINKS = 40;
	private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();
	private static volatile boolean hookInstalled;

	private AtomicFileWriter() {
	}

	/** Writes {@code text} as UTF-8. */
	public static void write(Path file, String text) throws IOException {
		write(file, text.getBytes(StandardCharsets.UTF_8));
	}

	/** Writes {@code bytes}. */
	public static void write(Path file, byte[] bytes) throws IOException {
		write(file, out -> out.write(bytes));
	}

	/**
	 * Writes what {@code content} produces. For a file that is rewritten in place (hard links, an
	 * owner that cannot be kept) the content is first produced in memory, so a failing producer never
	 * touches the file.
	 */
	public static void write(Path file, Content content) throws IOException {
		Path given = file.toAbsolutePath().normalize();
		BasicFileAttributes followed = attributes(given, true);
		if (followed != null && !followed.isRegularFile()) {
			// checked before resolving links by hand: /dev/stdout -> /proc/self/fd/1 -> "pipe:[...]"
			throw new WriteFailure("cannot write " + given + ": it is " + kind(given, followed)
					+ ", not a regular file; refusing to replace it (give the path of a regular file, or leave"
					+ " --out away to write to standard output)", null);
		}
		Path target = followed != null ? realPath(given) : resolveLinks(given);
		BasicFileAttributes existing = attributes(target, false);
		if (existing != null && !existing.isRegularFile()) {
			throw new WriteFailure("cannot write " + target + ": it is " + kind(target, existing)
					+ ", not a regular file; refusing to replace it (give the path of a regular file, or leave"
					+ " --out away to write to standard output)", null);
		}
		Path folder = target.getParent();
		if (folder == null || !Files.isDirectory(folder)) {
			throw new WriteFailure("cannot write " + target + ": the folder " + folder + " does not exist", null);
		}
		removeStaleTemporaries(target);
		if (existing != null && linkCount(target) > 1) {
			writeInPlace(target, content);
			return;
		}
		Path temporary;
		try {
			temporary = createTemporary(target);
		} catch (AccessDeniedException e) {
			if (existing != null && Files.isWritable(target)) {
				// the folder is read-only but the file is writable: the only way to change it is in place
				writeInPlace(target, content);
				return;
			}
			throw failure(target, e);
		} catch (IOException e) {
			throw failure(target, e);
		}
		boolean moved = false;
		try {
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
					OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
				content.writeTo(out);
				out.flush();
				channel.force(true);
			}
			if (existing != null && !copyOwnerAndMode(target, temporary)) {
				// the replacement would change the owner (or lose setuid bits): rewrite in place instead
				byte[] bytes = Files.readAllBytes(temporary);
				writeInPlace(target, out -> out.write(bytes));
				return;
			}
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			moved = true;
			syncFolder(folder);
		} catch (IOException e) {
			throw failure(target, e);
		} finally {
			if (!moved) {
				try {
					Files.deleteIfExists(temporary);
				} catch (IOException e) {
					// the shutdown hook tries again
				}
			}
			if (moved || !Files.exists(temporary, LinkOption.NOFOLLOW_LINKS)) {
				PENDING.remove(temporary);
			}
		}
	}

	/**
	 * Follows {@code path}'s symbolic links (of the file and its folders) to the file they name; a
	 * dangling link yields the path it points at, which is then created. (Also how a site folder given
	 * through a link is written: SiteFolder.)
	 */
	public static Path resolveLinks(Path path) throws IOException {
		Path current = path;
		for (int i = 0; i < MAX_LINKS; i++) {
			Path folder = current.getParent();
			if (folder != null && Files.exists(folder)) {
				try {
					current = folder.toRealPath().resolve(current.getFileName());
				} catch (IOException e) {
					throw failure(path, e);
				}
			}
			if (!Files.isSymbolicLink(current)) {
				return current;
			}
			Path link;
			try {
				link = Files.readSymbolicLink(current);
			} catch (IOException e) {
				throw failure(path, e);
			}
			current = current.resolveSibling(link).normalize();
		}
		throw new WriteFailure("cannot write " + path + ": too many levels of symbolic links", null);
	}

	private static Path realPath(Path path) throws IOException {
		try {
			return path.toRealPath();
		} catch (IOException e) {
			throw failure(path, e);
		}
	}

	private static BasicFileAttributes attributes(Path target, boolean followLinks) throws IOException {
		try {
			return followLinks ? Files.readAttributes(target, BasicFileAttributes.class)
					: Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
		} catch (NoSuchFileException e) {
			return null;
		} catch (IOException e) {
			throw failure(target, e);
		}
	}

	private static String kind(Path target, BasicFileAttributes attributes) {
		if (attributes.isDirectory()) {
			return "a folder";
		}
		try {
			int mode = (Integer) Files.getAttribute(target, "unix:mode");
			switch (mode & 0170000) {
			case 0010000:
				return "a FIFO (named pipe)";
			case 0020000:
				return "a character device";
			case 0060000:
				return "a block device";
			case 0140000:
				return "a socket";
			default:
				break;
			}
		} catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
			// not a POSIX file system
		}
		return "a special file";
	}

	private static int linkCount(Path target) {
		try {
			return (Integer) Files.getAttribute(target, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
		} catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
			return 1;
		}
	}

	private static Path createTemporary(Path target) throws IOException {
		installHook();
		String prefix = temporaryPrefix(target.getFileName().toString());
		for (int attempt = 0;; attempt++) {
			Path temporary = target.resolveSibling(prefix + ProcessHandle.current().pid() + "."
					+ Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + TEMP_SUFFIX);
			try {
				// CREATE_NEW without attributes: the umask decides the mode, as for any new file
				Files.newByteChannel(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
				PENDING.add(temporary);
				return temporary;
			} catch (FileAlreadyExistsException e) {
				if (attempt > 10) {
					throw e;
				}
			}
		}
	}

	private static String temporaryPrefix(String name) {
		return "." + name + ".";
	}

	/** Deletes temporaries of {@code target} left by processes that no longer run (killed with SIGKILL). */
	private static void removeStaleTemporaries(Path target) {
		String prefix = temporaryPrefix(target.getFileName().toString());
		try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent(),
				p -> p.getFileName().toString().startsWith(prefix) && p.getFileName().toString().endsWith(TEMP_SUFFIX))) {
			for (Path sibling : siblings) {
				String middle = sibling.getFileName().toString();
				middle = middle.substring(prefix.length(), middle.length() - TEMP_SUFFIX.length());
				int dot = middle.indexOf('.');
				if (dot <= 0) {
					continue;
				}
				long pid;
				try {
					pid = Long.parseLong(middle.substring(0, dot));
				} catch (NumberFormatException e) {
					continue;
				}
				if (pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true)
						&& Files.isRegularFile(sibling, LinkOption.NOFOLLOW_LINKS)) {
					Files.deleteIfExists(sibling);
				}
			}
		} catch (IOException | RuntimeException e) {
			// best effort: a stale temporary is untidy, not harmful
		}
	}

	/**
	 * Gives {@code temporary} the owner, group and mode of {@code target}; false if the owner or group
	 * cannot be given (only root may give a file away).
	 */
	private static boolean copyOwnerAndMode(Path target, Path temporary) throws IOException {
		Map<String, Object> original;
		Map<String, Object> fresh;
		try {
			original = Files.readAttributes(target, "unix:uid,gid,mode", LinkOption.NOFOLLOW_LINKS);
			fresh = Files.readAttributes(temporary, "unix:uid,gid,mode", LinkOption.NOFOLLOW_LINKS);
		} catch (UnsupportedOperationException | IllegalArgumentException e) {
			try {
				Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
			} catch (UnsupportedOperationException e2) {
				// neither unix nor POSIX attributes: the file system's defaults apply
			}
			return true;
		}
		try {
			// owner first: chown clears setuid/setgid, the mode below sets them again
			if (!original.get("uid").equals(fresh.get("uid"))) {
				Files.setAttribute(temporary, "unix:uid", original.get("uid"), LinkOption.NOFOLLOW_LINKS);
			}
			if (!original.get("gid").equals(fresh.get("gid"))) {
				Files.setAttribute(temporary, "unix:gid", original.get("gid"), LinkOption.NOFOLLOW_LINKS);
			}
		} catch (FileSystemException e) {
			return false;
		}
		int mode = (Integer) original.get("mode") & 07777;
		try {
			Files.setAttribute(temporary, "unix:mode", mode, LinkOption.NOFOLLOW_LINKS);
		} catch (FileSystemException e) {
			return false;
		}
		// setgid on a file whose group the writer is not in is silently dropped by chmod
		int kept = (Integer) Files.getAttribute(temporary, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 07777;
		return kept == mode;
	}

	/**
	 * Rewrites {@code target} in place, keeping its inode (hard links, owner, mode, ACLs). The content is
	 * produced in memory first; if the write fails, the old bytes are written back.
	 */
	private static void writeInPlace(Path target, Content content) throws IOException {
		java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
		try {
			content.writeTo(buffer);
		} catch (IOException e) {
			throw failure(target, e);
		}
		byte[] bytes = buffer.toByteArray();
		byte[] old;
		try {
			old = Files.readAllBytes(target);
		} catch (IOException e) {
			throw failure(target, e);
		}
		try (FileChannel channel = FileChannel.open(target, StandardOpenOption.WRITE)) {
			try {
				// overwrite first and truncate after: a shorter file is never visible before the new bytes are
				writeFully(channel, bytes, 0);
				channel.truncate(bytes.length);
				channel.force(true);
			} catch (IOException e) {
				try {
					writeFully(channel, old, 0);
					channel.truncate(old.length);
					channel.force(true);
				} catch (IOException restore) {
					e.addSuppressed(restore);
					throw new WriteFailure("cannot write " + target + ": " + reason(e)
							+ "; the file may be damaged, its old content could not be put back: " + reason(restore), e);
				}
				throw e;
			}
		} catch (IOException e) {
			throw failure(target, e);
		}
	}

	private static void writeFully(FileChannel channel, byte[] bytes, long position) throws IOException {
		ByteBuffer buffer = ByteBuffer.wrap(bytes);
		long at = position;
		while (buffer.hasRemaining()) {
			at += channel.write(buffer, at);
		}
	}

	private static void syncFolder(Path folder) {
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException | RuntimeException e) {
			// not every platform can open a folder (Windows); the rename itself is atomic anyway
		}
	}

	private static synchronized void installHook() {
		if (hookInstalled) {
			return;
		}
		hookInstalled = true;
		// runs on normal exit, System.exit, SIGINT and SIGTERM: no temporary outlives the process
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			for (Path temporary : PENDING) {
				try {
					Files.deleteIfExists(temporary);
				} catch (IOException | RuntimeException e) {
					// nothing more to do at exit
				}
			}
		}, "valuenet-temporary-cleanup"));
	}

	/** A failure already phrased for the user: names the real path and the reason. */
	static final class WriteFailure extends IOException {
		private static final long serialVersionUID = 1L;

		WriteFailure(String message, Throwable cause) {
			super(message, cause);
		}
	}

	/** An {@link IOException} naming {@code target} and why, never the temporary file. */
	static IOException failure(Path target, IOException cause) {
		if (cause instanceof WriteFailure) {
			return cause;
		}
		return new WriteFailure("cannot write " + target + ": " + reason(cause), cause);
	}

	/** A short, human reason for {@code e}, without the (temporary) path the JDK puts in front. */
	static String reason(IOException e) {
		if (e instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (e instanceof NoSuchFileException) {
			return "no such file or folder";
		}
		if (e instanceof NotDirectoryException) {
			return "a part of the path is not a folder";
		}
		if (e instanceof DirectoryNotEmptyException) {
			return "it is a folder";
		}
		if (e instanceof FileSystemLoopException) {
			return "too many levels of symbolic links";
		}
		if (e instanceof FileSystemException fse) {
			if (fse.getReason() != null) {
				return lower(fse.getReason());
			}
			return e.getClass().getSimpleName();
		}
		return e.getMessage() == null ? e.getClass().getSimpleName() : lower(e.getMessage());
	}

	private static String lower(String reason) {
		return reason.isEmpty() ? reason : Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
	}
}
