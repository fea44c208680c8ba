/**
 * File > Import and File > Export wizards for value networks: the operations of {@code valuenet
 * import} and {@code valuenet export} (dev.valuenet.interop) with a progress bar, Cancel, and the
 * workspace refreshed where files were written.
 */
package dev.valuenet.interop.ui;
