package com.kt.eventmarketing.participation.registration.web;

import com.kt.eventmarketing.common.error.ProblemException;
import com.kt.eventmarketing.common.security.CurrentOwner;
import com.kt.eventmarketing.contracts.participation.EntryChannel;
import com.kt.eventmarketing.participation.ParticipationProperties;
import com.kt.eventmarketing.participation.registration.Participants.Filter;
import com.kt.eventmarketing.participation.registration.Participants.Listed;
import com.kt.eventmarketing.participation.registration.Registration;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** §6 the owner's participants: a masked list, a CSV export, store visits. */
@RestController
class ParticipantController {

    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Registration registration;
    private final int maxPageSize;
    private final ZoneId zone;

    ParticipantController(Registration registration, ParticipationProperties properties) {
        this.registration = registration;
        this.maxPageSize = properties.maxPageSize();
        this.zone = properties.zone();
    }

    @GetMapping("/api/v1/events/{eventId}/participants")
    PageResponse list(
            CurrentOwner owner,
            @PathVariable UUID eventId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String channel,
            @RequestParam(required = false) Boolean storeVisited) {
        if (page < 0) {
            throw ProblemException.invalid("page", "must be 0 or more");
        }
        if (size < 1 || size > maxPageSize) {
            throw ProblemException.invalid("size", "must be between 1 and " + maxPageSize);
        }
        if (q != null && q.length() > 30) {
            throw ProblemException.invalid("q", "must be at most 30 characters");
        }
        var result = registration.participants(
                eventId, owner.storeId(), new Filter(q, channel(channel), storeVisited), page, size);
        return new PageResponse(
                result.content().stream().map(ParticipantResponse::of).toList(),
                result.page(),
                result.size(),
                result.totalElements(),
                result.totalPages());
    }

    /** UTF-8 with a byte order mark, so Excel shows Hangul; cells a spreadsheet would run as formulas are defused. */
    @GetMapping("/api/v1/events/{eventId}/participants.csv")
    void export(CurrentOwner owner, @PathVariable UUID eventId, HttpServletResponse response) throws IOException {
        // checks ownership before the first byte: a 404 stays a proper problem document
        registration.participants(eventId, owner.storeId(), new Filter(null, null, null), 0, 1);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"participants-" + eventId + ".csv\"");
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter csv = CSVFormat.EXCEL
                .builder()
                .setHeader("응모번호", "이름", "휴대전화", "유입 채널", "매장 방문", "마케팅 수신 동의", "당첨", "응모 일시")
                .get()
                .print(writer);
        registration.export(eventId, owner.storeId(), p -> {
            try {
                csv.printRecord(
                        p.entryNumber(),
                        defused(p.nameMasked()),
                        defused(p.phoneMasked()),
                        p.channel().name(),
                        p.storeVisited() ? "Y" : "N",
                        p.marketingConsent() ? "Y" : "N",
                        p.winner() ? "Y" : "N",
                        CSV_TIME.format(p.createdAt().atZone(zone)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        csv.flush();
    }

    @PutMapping("/api/v1/events/{eventId}/participants/{participantId}/store-visit")
    StoreVisitResponse storeVisit(
            CurrentOwner owner,
            @PathVariable UUID eventId,
            @PathVariable UUID participantId,
            @RequestBody(required = false) StoreVisitRequest body) {
        boolean visited = body == null || body.visited() == null || body.visited();
        registration.markStoreVisit(eventId, owner.storeId(), participantId, visited);
        return new StoreVisitResponse(participantId, visited);
    }

    /** A cell starting with = + - @ (or a tab/CR) would run as a formula in a spreadsheet: prefix a quote. */
    static String defused(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell == null ? "" : cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell
                : cell;
    }

    private static EntryChannel channel(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return EntryChannel.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("channel", "is not an entry channel");
        }
    }

    record PageResponse(List<ParticipantResponse> content, int page, int size, long totalElements, int totalPages) {}

    record ParticipantResponse(
            UUID participantId,
            long entryNumber,
            String name,
            String phoneNumber,
            EntryChannel channel,
            boolean storeVisited,
            boolean marketingConsent,
            boolean winner,
            Instant prizeDeliveredAt,
            Instant createdAt) {

        static ParticipantResponse of(Listed p) {
            return new ParticipantResponse(
                    p.participantId(),
                    p.entryNumber(),
                    p.nameMasked(),
                    p.phoneMasked(),
                    p.channel(),
                    p.storeVisited(),
                    p.marketingConsent(),
                    p.winner(),
                    p.prizeDeliveredAt(),
                    p.createdAt());
        }
    }

    record StoreVisitRequest(Boolean visited) {}

    record StoreVisitResponse(UUID participantId, boolean visited) {}
}
