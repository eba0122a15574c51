/**
 * Reading and writing the user's files safely: bounded reads that refuse FIFOs, devices and directories
 * ({@link dev.slimline.io.InputFiles}), atomic writes that keep mode and owner and never replace a device or a
 * symlink ({@link dev.slimline.io.AtomicWriter}), and escaping untrusted text for a terminal
 * ({@link dev.slimline.io.TerminalText}). Depends on nothing but {@link dev.slimline.SlimlineException}.
 */
package dev.slimline.io;
