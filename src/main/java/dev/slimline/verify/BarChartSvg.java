package dev.slimline.verify;

import dev.slimline.report.HtmlText;
import java.util.List;
import java.util.Locale;

/** An inline SVG bar chart: per service one bar for the original size and one for the optimized size. */
final class BarChartSvg {

    static final String BEFORE_COLOUR = "#c0392b";
    static final String AFTER_COLOUR = "#27ae60";

    private static final int LABEL_WIDTH = 150;
    private static final int BAR_AREA = 520;
    private static final int BAR_HEIGHT = 18;
    private static final int ROW_HEIGHT = 2 * BAR_HEIGHT + 22;

    private BarChartSvg() {
    }

    static String render(List<ServiceResult> services) {
        List<ServiceResult> shown = services.stream().filter(s -> s.original() != null && s.optimized() != null).toList();
        long max = shown.stream().mapToLong(s -> Math.max(s.original().sizeBytes(), s.optimized().sizeBytes()))
                .max().orElse(1);
        int height = 30 + shown.size() * ROW_HEIGHT;
        int width = LABEL_WIDTH + BAR_AREA + 90;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"%d\""
                + " height=\"%d\" viewBox=\"0 0 %d %d\" aria-label=\"image size before and after, per service\">\n",
                width, height, width, height));
        svg.append(legend(LABEL_WIDTH, 14, BEFORE_COLOUR, "original"))
                .append(legend(LABEL_WIDTH + 110, 14, AFTER_COLOUR, "optimized"));
        int y = 30;
        for (ServiceResult service : shown) {
            svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\" font-size=\"13\">%s</text>\n",
                    y + BAR_HEIGHT + 4, HtmlText.escape(service.service())));
            svg.append(bar(y, service.original().sizeBytes(), max, BEFORE_COLOUR));
            svg.append(bar(y + BAR_HEIGHT + 2, service.optimized().sizeBytes(), max, AFTER_COLOUR));
            y += ROW_HEIGHT;
        }
        return svg.append("</svg>").toString();
    }

    private static String bar(int y, long bytes, long max, String colour) {
        int length = Math.max(1, (int) Math.round((double) bytes / max * BAR_AREA));
        return String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\" rx=\"2\"/>"
                + "<text x=\"%d\" y=\"%d\" font-size=\"12\">%s</text>\n", LABEL_WIDTH, y, length, BAR_HEIGHT, colour,
                LABEL_WIDTH + length + 6, y + BAR_HEIGHT - 5, HtmlText.escape(ReportText.size(bytes)));
    }

    private static String legend(int x, int y, String colour, String text) {
        return String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>"
                + "<text x=\"%d\" y=\"%d\" font-size=\"12\">%s</text>\n", x, y - 10, colour, x + 16, y, text);
    }
}
