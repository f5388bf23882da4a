package com.kt.eventmarketing.web.ui.event;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The geometry of the analytics charts, worked out here so the templates only draw server-rendered SVG (no chart
 * library, no script, no inline style): participants over time as bars with the plan's daily average as a dashed
 * line, participants by channel as horizontal bars, and predicted against actual ROI as two bars around zero.
 */
final class DashboardCharts {

    static final int WIDTH = 320;

    private DashboardCharts() {}

    /** One vertical bar of the timeline, with its label shown under it or not. */
    record Bar(double x, double y, double width, double height, String label, boolean labelled, long value) {}

    record Timeline(
            int width,
            int height,
            double baseY,
            double left,
            double right,
            List<Bar> bars,
            Double predictedY,
            Long predictedPerBucket,
            long max) {}

    /** One channel's row: its name, bar width and count. */
    record ChannelRow(double y, double width, String name, long participants, double textX) {}

    record Channels(int width, int height, double barX, List<ChannelRow> rows) {}

    /** A ROI bar: above the zero line for a gain, below for a loss; absent without a figure. */
    record RoiBar(double x, double y, double height, boolean present, double textY, String text) {}

    record Roi(int width, int height, double zeroY, RoiBar predicted, RoiBar actual) {}

    static Timeline timeline(
            List<Map<String, Object>> buckets,
            String granularity,
            Long predictedParticipants,
            Object startDate,
            Object endDate) {
        int height = 180;
        double left = 34;
        double right = WIDTH - 8;
        double top = 12;
        double base = 150;
        long max = 0;
        for (Map<String, Object> bucket : buckets) {
            max = Math.max(max, count(bucket.get("participants")));
        }
        Long perBucket = null;
        LocalDate start = EventFormats.localDate(startDate);
        LocalDate end = EventFormats.localDate(endDate);
        if (predictedParticipants != null
                && predictedParticipants > 0
                && start != null
                && end != null
                && !end.isBefore(start)) {
            long days = ChronoUnit.DAYS.between(start, end) + 1;
            long buckets24 = "HOUR".equals(granularity) ? days * 24 : days;
            perBucket = Math.max(1, Math.round((double) predictedParticipants / buckets24));
            max = Math.max(max, perBucket);
        }
        long scale = niceMax(max);
        List<Bar> bars = new ArrayList<>();
        int n = buckets.size();
        double slot = n == 0 ? 0 : (right - left) / n;
        int every = Math.max(1, (int) Math.ceil(n / 6.0));
        DateTimeFormatter label = DateTimeFormatter.ofPattern("HOUR".equals(granularity) ? "M/d H:00" : "M/d");
        for (int i = 0; i < n; i++) {
            Map<String, Object> bucket = buckets.get(i);
            long value = count(bucket.get("participants"));
            double h = (base - top) * value / scale;
            String text = "";
            try {
                text = OffsetDateTime.parse(String.valueOf(bucket.get("start")))
                        .atZoneSameInstant(EventFormats.SEOUL)
                        .format(label);
            } catch (RuntimeException unreadable) {
                // a bar without a date label
            }
            bars.add(new Bar(
                    round(left + i * slot + slot * 0.15),
                    round(base - h),
                    round(Math.max(1, slot * 0.7)),
                    round(h),
                    text,
                    i % every == 0,
                    value));
        }
        Double predictedY = perBucket == null ? null : round(base - (base - top) * perBucket / scale);
        return new Timeline(WIDTH, height, base, left, right, bars, predictedY, perBucket, scale);
    }

    static Channels channels(List<Map<String, Object>> channels) {
        double barX = 112;
        double barMax = WIDTH - barX - 40;
        long max = 1;
        for (Map<String, Object> channel : channels) {
            max = Math.max(max, count(channel.get("participants")));
        }
        List<ChannelRow> rows = new ArrayList<>();
        double y = 6;
        for (Map<String, Object> channel : channels) {
            long value = count(channel.get("participants"));
            double width = round(barMax * value / max);
            rows.add(new ChannelRow(y, width, String.valueOf(channel.get("name")), value, round(barX + width + 4)));
            y += 28;
        }
        return new Channels(WIDTH, (int) Math.max(40, y + 4), barX, rows);
    }

    static Roi roi(Number predicted, Number actual, EventFormats formats) {
        int height = 170;
        double top = 20;
        double bottom = 150;
        double p = predicted == null ? 0 : predicted.doubleValue();
        double a = actual == null ? 0 : actual.doubleValue();
        double hi = Math.max(0, Math.max(p, a));
        double lo = Math.min(0, Math.min(p, a));
        double span = hi - lo == 0 ? 1 : hi - lo;
        double zero = round(top + (bottom - top) * hi / span);
        return new Roi(
                WIDTH,
                height,
                zero,
                roiBar(70, predicted, zero, top, bottom, span, formats),
                roiBar(190, actual, zero, top, bottom, span, formats));
    }

    private static RoiBar roiBar(
            double x, Number value, double zero, double top, double bottom, double span, EventFormats formats) {
        if (value == null) {
            return new RoiBar(x, zero, 0, false, zero - 4, "–");
        }
        double h = round((bottom - top) * Math.abs(value.doubleValue()) / span);
        boolean gain = value.doubleValue() >= 0;
        double y = gain ? zero - h : zero;
        double textY = gain ? y - 4 : y + h + 12;
        return new RoiBar(x, round(y), Math.max(h, 1), true, round(textY), formats.percent(value));
    }

    private static long niceMax(long max) {
        if (max <= 5) {
            return 5;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= max) {
                return (long) (step * magnitude);
            }
        }
        return max;
    }

    static long count(Object value) {
        return value instanceof Number number ? number.longValue() : 0;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
