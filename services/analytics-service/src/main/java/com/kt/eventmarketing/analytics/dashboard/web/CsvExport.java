package com.kt.eventmarketing.analytics.dashboard.web;

import com.kt.eventmarketing.analytics.dashboard.EventDashboard;
import com.kt.eventmarketing.analytics.dashboard.EventDashboard.ChannelLine;
import com.kt.eventmarketing.analytics.dashboard.EventDashboard.Summary;
import com.kt.eventmarketing.analytics.dashboard.EventDashboard.TimelineBucket;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The dashboard as a spreadsheet: UTF-8 with a byte-order mark (Excel opens Hangul correctly only
 * with it), Korean headers, three blocks — summary, per channel, per day. Text typed by people (the
 * event name) is guarded against formula injection.
 */
final class CsvExport {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvExport() {}

    static byte[] of(EventDashboard dashboard) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            Summary s = dashboard.summary();
            csv.printRecord("항목", "값");
            csv.printRecord("이벤트", text(dashboard.eventName()));
            csv.printRecord("이벤트 ID", dashboard.eventId());
            csv.printRecord("기간", period(dashboard));
            csv.printRecord("상태", dashboard.status());
            csv.printRecord("조회수", s.views());
            csv.printRecord("참여자 수", s.participants());
            csv.printRecord("참여 전환율", ratio(s.conversionRate()));
            csv.printRecord("매장 방문 수", s.storeVisits());
            csv.printRecord("당첨자 수", s.winners());
            csv.printRecord("채널 비용(원)", s.channelCost());
            csv.printRecord("채널 비용 기준", "DISTRIBUTION".equals(s.costBasis()) ? "배포 결과" : "계획 추정");
            csv.printRecord("경품 비용(원)", s.prizeCost());
            csv.printRecord("총 비용(원)", s.totalCost());
            csv.printRecord("참여자당 비용(원)", s.costPerParticipant());
            csv.printRecord("객단가(원)", s.averageSpend());
            csv.printRecord("방문 전환율", ratio(s.visitConversion()));
            csv.printRecord("예상 매출(원)", s.expectedRevenue());
            csv.printRecord("ROI", ratio(s.roi()));
            if (s.predicted() != null) {
                csv.printRecord("예상 참여자 수(계획)", s.predicted().participants());
                csv.printRecord("예상 비용(계획, 원)", s.predicted().cost());
                csv.printRecord("예상 매출(계획, 원)", s.predicted().revenue());
                csv.printRecord("예상 ROI(계획)", s.predicted().roi());
            }
            csv.println();
            csv.printRecord("채널", "채널명", "배포 상태", "도달", "비용(원)", "조회수", "참여자 수", "참여 전환율", "매장 방문 수", "참여자당 비용(원)");
            for (ChannelLine c : dashboard.channels()) {
                csv.printRecord(
                        c.channel(),
                        c.name(),
                        c.status(),
                        c.reach(),
                        c.cost(),
                        c.views(),
                        c.participants(),
                        ratio(c.conversionRate()),
                        c.storeVisits(),
                        c.costPerParticipant());
            }
            csv.println();
            csv.printRecord("날짜", "조회수", "참여자 수");
            for (TimelineBucket day : dashboard.timeline()) {
                csv.printRecord(day.start().toLocalDate(), day.views(), day.participants());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, file, 0, BOM.length);
        System.arraycopy(text, 0, file, BOM.length, text.length);
        return file;
    }

    /** A cell a spreadsheet would read as a formula gets a leading apostrophe. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value
                : value;
    }

    private static String period(EventDashboard dashboard) {
        if (dashboard.startDate() == null) {
            return "";
        }
        DateTimeFormatter iso = DateTimeFormatter.ISO_LOCAL_DATE;
        return iso.format(dashboard.startDate())
                + " ~ "
                + (dashboard.endDate() == null ? "" : iso.format(dashboard.endDate()));
    }

    private static String ratio(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
