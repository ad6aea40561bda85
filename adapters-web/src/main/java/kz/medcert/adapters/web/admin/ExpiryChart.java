package kz.medcert.adapters.web.admin;

import java.time.YearMonth;
import java.util.List;

/**
 * The expiry report's chart, drawn on the server as SVG (no script, no chart library): one bar per month, its height
 * the certificates expiring that month, split into those already confirmed and those still to confirm (R14, R79).
 * The template draws the rectangles this computes; the same numbers stand in the table beside it.
 */
public record ExpiryChart(List<Bar> bars, long max, int width, int height) {
    static final int WIDTH = 720;
    static final int HEIGHT = 260;
    static final int AXIS = 30;
    static final int TOP = 20;

    /** One month: where its two stacked rectangles stand, and what they count. */
    public record Bar(YearMonth month, long expiring, long confirmed, int x, int barWidth, int toConfirmY,
                      int toConfirmHeight, int confirmedY, int confirmedHeight) {
        public long toConfirm() {
            return expiring - confirmed;
        }

        public String label() {
            return String.format("%02d.%d", month.getMonthValue(), month.getYear() % 100);
        }

        public int labelX() {
            return x + barWidth / 2;
        }
    }

    /** Counts per month: {@code expiring} and {@code confirmed} of them. */
    public record Month(YearMonth month, long expiring, long confirmed) {
    }

    public static ExpiryChart of(List<Month> months) {
        long max = Math.max(1, months.stream().mapToLong(Month::expiring).max().orElse(1));
        int slot = months.isEmpty() ? WIDTH : WIDTH / months.size();
        int barWidth = Math.max(4, slot * 2 / 3);
        int plot = HEIGHT - AXIS - TOP;
        List<Bar> bars = new java.util.ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            Month m = months.get(i);
            int total = (int) Math.round((double) m.expiring() * plot / max);
            int confirmed = (int) Math.round((double) m.confirmed() * plot / max);
            int base = HEIGHT - AXIS;
            int x = i * slot + (slot - barWidth) / 2;
            bars.add(new Bar(m.month(), m.expiring(), m.confirmed(), x, barWidth, base - total, total - confirmed,
                    base - confirmed, confirmed));
        }
        return new ExpiryChart(List.copyOf(bars), max, WIDTH, HEIGHT);
    }

    public int baseline() {
        return height - AXIS;
    }

    public int labelY() {
        return height - AXIS + 18;
    }
}
