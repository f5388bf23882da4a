package com.kt.eventmarketing.participation.draw.web;

import com.kt.eventmarketing.common.security.CurrentOwner;
import com.kt.eventmarketing.participation.draw.DrawRequest;
import com.kt.eventmarketing.participation.draw.DrawResult;
import com.kt.eventmarketing.participation.draw.Draws;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** §6 draws: the owner draws and sees the history; the public sees winners (masked) and can verify. */
@RestController
class DrawController {

    private final Draws draws;

    DrawController(Draws draws) {
        this.draws = draws;
    }

    @PostMapping("/api/v1/events/{eventId}/draws")
    ResponseEntity<DrawResult> draw(CurrentOwner owner, @PathVariable UUID eventId, @Valid @RequestBody DrawBody body) {
        DrawResult result = draws.draw(
                eventId,
                owner.storeId(),
                owner.userId(),
                new DrawRequest(
                        body.winnerCount(),
                        body.storeVisitWeight() == null ? 1 : body.storeVisitWeight(),
                        Boolean.TRUE.equals(body.excludePreviousWinners())));
        return ResponseEntity.created(URI.create("/api/v1/events/" + eventId + "/draws"))
                .body(result);
    }

    @GetMapping("/api/v1/events/{eventId}/draws")
    List<DrawResult> history(CurrentOwner owner, @PathVariable UUID eventId) {
        return draws.draws(eventId, owner.storeId());
    }

    @GetMapping("/api/v1/public/events/{eventId}/winners")
    List<DrawResult> winners(@PathVariable UUID eventId) {
        return draws.publicDraws(eventId);
    }

    /** The published entry list of a draw: {@code entryNumber,weight} lines; its SHA-256 is the draw's entryListHash. */
    @GetMapping(value = "/api/v1/public/events/{eventId}/draws/{drawNumber}/entries.csv", produces = "text/csv")
    ResponseEntity<byte[]> entries(@PathVariable UUID eventId, @PathVariable int drawNumber) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.US_ASCII))
                .body(draws.entryList(eventId, drawNumber).canonicalText());
    }

    @PostMapping("/api/v1/events/{eventId}/participants/{participantId}/phone-reveal")
    RevealResponse reveal(
            CurrentOwner owner,
            @PathVariable UUID eventId,
            @PathVariable UUID participantId,
            @Valid @RequestBody RevealBody body,
            HttpServletRequest request) {
        String phone = draws.revealPhone(
                eventId,
                owner.storeId(),
                owner.userId(),
                participantId,
                body.reason().strip(),
                request.getRemoteAddr());
        return new RevealResponse(participantId, phone);
    }

    @PutMapping("/api/v1/events/{eventId}/participants/{participantId}/prize-delivered")
    ResponseEntity<Void> prizeDelivered(
            CurrentOwner owner, @PathVariable UUID eventId, @PathVariable UUID participantId) {
        draws.markPrizeDelivered(eventId, owner.storeId(), participantId);
        return ResponseEntity.noContent().build();
    }

    record DrawBody(
            @NotNull(message = "is required") @Min(1) @Max(1000)
            Integer winnerCount,

            @Min(1) @Max(100) Integer storeVisitWeight,
            Boolean excludePreviousWinners) {}

    record RevealBody(
            @NotBlank(message = "is required") @Size(max = 200)
            String reason) {}

    record RevealResponse(UUID participantId, String phoneNumber) {}
}
