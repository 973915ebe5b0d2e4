package dev.techshift.server.web;

import dev.techshift.vocab.TS;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;

/**
 * A bar chart of the market-share observations an entity takes part in, drawn as inline SVG on
 * the server (no script): one bar per observation, labelled company · market · period.
 * <pre>
 *   ShareChart.render(h, st, Facts.about(st, apple));
 * </pre>
 */
final class ShareChart {

    private record Bar(String label, BigDecimal share) {}

    private static final int WIDTH = 640;
    private static final int LABEL_W = 300;
    private static final int ROW = 24;

    private ShareChart() {}

    static void render(Html h, Store st, List<Facts.Fact> facts) {
        List<Bar> bars = new ArrayList<>();
        for (Facts.Fact f : facts) {
            Optional<String> share = st.string(f.iri(), TS.share.asNode());
            if (!st.hasType(f.iri(), TS.MarketShareObservation.asNode()) || share.isEmpty()) {
                continue;
            }
            try {
                bars.add(new Bar(label(st, f.iri()), new BigDecimal(share.get())));
            } catch (NumberFormatException e) {
                // A share that is not a number is shown in the fact list, not charted.
            }
        }
        if (bars.isEmpty()) {
            return;
        }
        BigDecimal max = bars.stream().map(Bar::share).max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        double scale = (WIDTH - LABEL_W - 60) / Math.max(1.0, max.doubleValue());
        int height = ROW * bars.size() + 8;
        h.el("h2", "Market shares");
        h.open("svg", "class", "shares", "role", "img", "width", String.valueOf(WIDTH),
                "height", String.valueOf(height), "viewBox", "0 0 " + WIDTH + " " + height,
                "xmlns", "http://www.w3.org/2000/svg");
        h.el("title", "Market shares in percent");
        int y = 4;
        for (Bar b : bars) {
            long w = Math.max(1, Math.round(b.share().doubleValue() * scale));
            h.el("text", b.label(), "x", "0", "y", String.valueOf(y + 16), "class", "bar-label");
            h.open("rect", "x", String.valueOf(LABEL_W), "y", String.valueOf(y + 3), "width", String.valueOf(w),
                    "height", String.valueOf(ROW - 6), "class", "bar").el("title", b.share().toPlainString() + " %")
             .close("rect");
            h.el("text", b.share().toPlainString() + " %", "x", String.valueOf(LABEL_W + w + 6),
                    "y", String.valueOf(y + 16), "class", "bar-value");
            y += ROW;
        }
        h.close("svg");
    }

    private static String label(Store st, Node f) {
        List<String> parts = new ArrayList<>();
        for (Node p : new Node[] {TS.company.asNode(), TS.market.asNode(), TS.refArea.asNode(), TS.refPeriod.asNode()}) {
            st.object(f, p).ifPresent(o -> parts.add(st.label(o)));
        }
        return String.join(" · ", parts);
    }
}
