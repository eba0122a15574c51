package dev.slimline.report;

/**
 * The figures of the savings line, labelled by what they rest on: "before" is measured when audit measured every
 * image; "after" is the optimizer's estimate until verify measures optimized images.
 */
final class SavingsText {

    private SavingsText() {
    }

    /**
     * {@code 3.6 GB → 380 MB (89% reduction)}, {@code 3.6 GB measured → ~1.0 GB estimated (...)}, or with rewrites
     * that optimize measured, {@code 994 MB measured → 194 MB measured (80% reduction)}.
     */
    static String figures(AuditReport.Savings savings) {
        String reduction = " (" + savings.percent() + "% reduction)";
        if (savings.after() != AuditReport.Savings.Basis.ESTIMATED) {
            return SizeText.of(savings.beforeBytes()) + " " + savings.before().label() + " → "
                    + SizeText.of(savings.afterBytes(), savings.after() != AuditReport.Savings.Basis.MEASURED) + " "
                    + savings.after().label() + reduction;
        }
        return switch (savings.before()) {
            case ESTIMATED -> SizeText.of(savings.beforeBytes()) + " → " + SizeText.of(savings.afterBytes()) + reduction;
            case MEASURED, PARTLY_MEASURED -> SizeText.of(savings.beforeBytes()) + " " + savings.before().label()
                    + " → " + SizeText.of(savings.afterBytes(), true) + " estimated" + reduction;
        };
    }

    /** The savings line's opening words: measured only when every "after" figure is. */
    static String heading(AuditReport.Savings savings) {
        return savings.after() == AuditReport.Savings.Basis.MEASURED ? "Measured total savings with optimization"
                : "Estimated total savings with optimization";
    }

    /** The Image Size cell: the figure, marked {@code ~} when estimated, and why a measurement failed. */
    static String sizeCell(ServiceReport service) {
        String size = SizeText.of(service.sizeBytes(), service.estimated());
        return service.measurement().failure().isPresent()
                ? size + " (" + service.measurement().source().label() + " failed)" : size;
    }
}
