/**
 * Writing users' files safely: {@link dev.valuenet.dsl.io.AtomicFileWriter} is the one way every
 * command and view writes a file (atomic replace, mode/owner/links kept, special files refused).
 */
package dev.valuenet.dsl.io;
