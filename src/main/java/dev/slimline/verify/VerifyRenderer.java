package dev.slimline.verify;

/** Turns a verify report into one output format. */
public interface VerifyRenderer {

    String render(VerifyReport report);
}
