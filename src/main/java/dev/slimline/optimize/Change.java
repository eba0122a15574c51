package dev.slimline.optimize;

/** One change the optimizer made, as the "Key changes" list prints it: what, and why it matters. */
public record Change(String summary) {
}
