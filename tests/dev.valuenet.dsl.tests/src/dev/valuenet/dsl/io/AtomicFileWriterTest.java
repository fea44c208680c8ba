package dev.valuenet.dsl.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {

	@TempDir
	Path folder;

	@BeforeEach
	void unixOnly() {
		// the build runs on Linux; these are the POSIX semantics the writer promises
		assertTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("unix"), "needs a unix file system");
	}

	@Test
	void replacesContentAndLeavesNoTemporary() throws IOException {
		Path file = write("a.vnet", "old text that is longer");
		AtomicFileWriter.write(file, "new");
		assertEquals("new", Files.readString(file));
		assertEquals(List.of("a.vnet"), names());
	}

	@Test
	void keepsModeIncludingSetuidAndSticky() throws IOException {
		Path file = write("a.vnet", "old");
		Files.setAttribute(file, "unix:mode", 05741);
		AtomicFileWriter.write(file, "new");
		assertEquals(05741, mode(file));
	}

	@Test
	void keepsOwnerAndGroup() throws IOException {
		Path file = write("a.vnet", "old");
		int uid = (Integer) Files.getAttribute(file, "unix:uid");
		try {
			Files.setAttribute(file, "unix:uid", uid + 4242);
			Files.setAttribute(file, "unix:gid", 4343);
		} catch (IOException e) {
			// not root: the owner is ours and must simply stay ours
		}
		Object owner = Files.getAttribute(file, "unix:uid");
		Object group = Files.getAttribute(file, "unix:gid");
		AtomicFileWriter.write(file, "new");
		assertEquals("new", Files.readString(file));
		assertEquals(owner, Files.getAttribute(file, "unix:uid"));
		assertEquals(group, Files.getAttribute(file, "unix:gid"));
	}

	@Test
	void newFileGetsTheUmaskModeNotOwnerOnly() throws IOException {
		Path reference = folder.resolve("reference");
		Files.newOutputStream(reference).close(); // what any other program creating a file gets
		Path file = folder.resolve("new.json");
		AtomicFileWriter.write(file, "{}");
		assertEquals(mode(reference), mode(file));
		assertTrue((mode(file) & 0044) != 0 || (mode(reference) & 0044) == 0, "not owner-only: " + Integer.toOctalString(mode(file)));
	}

	@Test
	void writesThroughASymlinkToItsTarget() throws IOException {
		Path target = write("real.vnet", "old");
		Path link = folder.resolve("link.vnet");
		Files.createSymbolicLink(link, Path.of("real.vnet"));
		AtomicFileWriter.write(link, "new");
		assertTrue(Files.isSymbolicLink(link));
		assertEquals("new", Files.readString(target));
		assertEquals(List.of("link.vnet", "real.vnet"), names());
	}

	@Test
	void writesThroughAChainOfSymlinksAndADanglingOne() throws IOException {
		Path sub = Files.createDirectory(folder.resolve("sub"));
		Path dangling = folder.resolve("dangling.vnet");
		Files.createSymbolicLink(dangling, Path.of("sub/created.vnet"));
		Path chain = folder.resolve("chain.vnet");
		Files.createSymbolicLink(chain, Path.of("dangling.vnet"));
		AtomicFileWriter.write(chain, "created");
		assertTrue(Files.isSymbolicLink(chain) && Files.isSymbolicLink(dangling));
		assertEquals("created", Files.readString(sub.resolve("created.vnet")));
	}

	@Test
	void keepsHardLinks() throws IOException {
		Path first = write("first.vnet", "old text, longer than the new one");
		Path second = folder.resolve("second.vnet");
		Files.createLink(second, first);
		AtomicFileWriter.write(first, "new");
		assertEquals("new", Files.readString(second));
		assertEquals(2, (Integer) Files.getAttribute(first, "unix:nlink"));
		assertEquals(List.of("first.vnet", "second.vnet"), names());
	}

	@Test
	void refusesFifosFoldersAndDevicesNamingThem() throws Exception {
		Path fifo = folder.resolve("pipe");
		assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor(), "mkfifo");
		IOException e = assertThrows(IOException.class, () -> AtomicFileWriter.write(fifo, "x"));
		assertTrue(e.getMessage().contains(fifo.toString()) && e.getMessage().contains("FIFO"), e.getMessage());
		assertTrue(Files.readAttributes(fifo, java.nio.file.attribute.BasicFileAttributes.class).isOther(), "the FIFO is still there");

		Path link = folder.resolve("to-pipe");
		Files.createSymbolicLink(link, fifo);
		assertThrows(IOException.class, () -> AtomicFileWriter.write(link, "x"));
		assertTrue(Files.isSymbolicLink(link));

		e = assertThrows(IOException.class, () -> AtomicFileWriter.write(folder, "x"));
		assertTrue(e.getMessage().contains("folder"), e.getMessage());

		Path device = Path.of("/dev/null");
		e = assertThrows(IOException.class, () -> AtomicFileWriter.write(device, "x"));
		assertTrue(e.getMessage().contains("/dev/null") && e.getMessage().contains("device"), e.getMessage());
		assertEquals(List.of("pipe", "to-pipe"), names());
	}

	@Test
	void failureNamesTheRealPathAndTheReasonNotTheTemporary() throws IOException {
		Path missing = folder.resolve("no-such-folder/out.json");
		IOException e = assertThrows(IOException.class, () -> AtomicFileWriter.write(missing, "x"));
		assertTrue(e.getMessage().startsWith("cannot write " + missing) && e.getMessage().contains("does not exist"), e.getMessage());

		Path file = write("a.vnet", "old");
		IOException failing = assertThrows(IOException.class, () -> AtomicFileWriter.write(file, out -> {
			out.write("half".getBytes(StandardCharsets.UTF_8));
			throw new IOException("No space left on device");
		}));
		assertEquals("cannot write " + file.toRealPath() + ": no space left on device", failing.getMessage());
		assertFalse(failing.getMessage().contains(".vnet-tmp"), failing.getMessage());
		assertEquals("old", Files.readString(file));
		assertEquals(List.of("a.vnet"), names());
	}

	@Test
	void aFailingProducerLeavesTheFileAndNoTemporary() throws IOException {
		Path file = write("a.vnet", "old");
		assertThrows(UncheckedIOException.class, () -> AtomicFileWriter.write(file, out -> {
			out.write('x');
			throw new UncheckedIOException(new IOException("producer failed"));
		}));
		assertEquals("old", Files.readString(file));
		assertEquals(List.of("a.vnet"), names());
	}

	@Test
	void removesATemporaryLeftByAKilledProcess() throws IOException {
		Path file = write("a.vnet", "old");
		// a pid above the kernel's pid_max (4194304) never runs
		Path stale = write(".a.vnet.99999999.abc.vnet-tmp", "half");
		Path foreign = write(".a.vnet.unrelated", "someone else's");
		AtomicFileWriter.write(file, "new");
		assertFalse(Files.exists(stale));
		assertTrue(Files.exists(foreign));
	}

	@Test
	void inAReadOnlyFolderAWritableFileIsRewrittenInPlace() throws IOException {
		Path sub = Files.createDirectory(folder.resolve("ro"));
		Path file = Files.writeString(sub.resolve("a.vnet"), "old");
		Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("r-xr-xr-x"));
		try {
			// root ignores folder permissions: then the normal path is taken; either way the text is new
			AtomicFileWriter.write(file, "new");
			assertEquals("new", Files.readString(file));
			try (Stream<Path> files = Files.list(sub)) {
				assertEquals(1, files.count());
			}
		} finally {
			Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("rwxr-xr-x"));
		}
	}

	private Path write(String name, String text) throws IOException {
		return Files.writeString(folder.resolve(name), text);
	}

	private List<String> names() throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	private static int mode(Path file) throws IOException {
		return (Integer) Files.getAttribute(file, "unix:mode") & 07777;
	}
}
