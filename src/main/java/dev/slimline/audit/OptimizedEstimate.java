package dev.slimline.audit;

/**
 * What the optimizer's rewrite would weigh: the base it would choose plus the application's own runtime payload.
 *
 * @param baseImage the chosen base ({@link dev.slimline.knowledge.BaseImageChoice}, family auto)
 * @param bytes     base plus production payload, never more than the original estimate
 * @param reason    why that base
 */
public record OptimizedEstimate(String baseImage, long bytes, String reason) {
}
