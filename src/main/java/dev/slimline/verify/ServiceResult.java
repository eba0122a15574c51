package dev.slimline.verify;

import java.util.List;

/**
 * Everything verify found for one service.
 *
 * @param service the service name, e.g. {@code services/api}
 * @param original the original image, null when it could not be built
 * @param optimized the optimized image, null when it could not be built
 * @param checks every check, in the order they ran
 * @param contract the runtime contract differences of optimized against original
 */
public record ServiceResult(String service, BuiltImage original, BuiltImage optimized, List<Check> checks,
        List<ContractDifference> contract) {

    public ServiceResult {
        checks = List.copyOf(checks);
        contract = List.copyOf(contract);
    }

    public boolean passed() {
        return original != null && optimized != null && checks.stream().noneMatch(Check::failed);
    }

    /** Bytes saved, or 0 when an image is missing. */
    public long savedBytes() {
        return original == null || optimized == null ? 0 : original.sizeBytes() - optimized.sizeBytes();
    }
}
