package com.kt.eventmarketing.participation.registration.web;

import com.kt.eventmarketing.common.error.ProblemException;
import com.kt.eventmarketing.contracts.participation.EntryChannel;
import com.kt.eventmarketing.participation.limits.AbuseLimits;
import com.kt.eventmarketing.participation.registration.RegisterParticipant;
import com.kt.eventmarketing.participation.registration.Registration;
import com.kt.eventmarketing.participation.registration.domain.EntryOutcome.AlreadyEntered;
import com.kt.eventmarketing.participation.registration.domain.EntryOutcome.Entered;
import com.kt.eventmarketing.participation.registration.domain.PersonName;
import com.kt.eventmarketing.participation.registration.domain.PhoneNumber;
import com.kt.eventmarketing.participation.registration.web.EntryConstraints.EntryChannelName;
import com.kt.eventmarketing.participation.registration.web.EntryConstraints.KoreanMobile;
import com.kt.eventmarketing.participation.registration.web.EntryConstraints.ValidName;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** §6 entering an event from its public page. */
@RestController
class EntryController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Pattern SUBMISSION_KEY = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    private final Registration registration;
    private final AbuseLimits limits;

    EntryController(Registration registration, AbuseLimits limits) {
        this.registration = registration;
        this.limits = limits;
    }

    @PostMapping("/api/v1/public/events/{eventId}/participants")
    ResponseEntity<EntryResponse> enter(
            @PathVariable UUID eventId,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String submissionKey,
            @Valid @RequestBody EntryRequest body,
            HttpServletRequest request) {
        if (submissionKey != null && !SUBMISSION_KEY.matcher(submissionKey).matches()) {
            throw ProblemException.invalid(IDEMPOTENCY_KEY, "must be 8 to 64 letters, digits, '-' or '_'");
        }
        limits.entry(request.getRemoteAddr(), eventId);
        PersonName name = PersonName.of(body.name());
        var outcome = registration.register(new RegisterParticipant(
                eventId,
                name,
                PhoneNumber.parse(body.phoneNumber()).orElseThrow(),
                EntryChannel.fromParameter(body.channel()),
                Boolean.TRUE.equals(body.marketingConsent()),
                body.email(),
                body.website(),
                submissionKey,
                request.getRemoteAddr()));
        return switch (outcome) {
            case Entered entered ->
                ResponseEntity.status(HttpStatus.CREATED)
                        .body(new EntryResponse(entered.participantId(), entered.entryNumber(), name.masked()));
            case AlreadyEntered ignored ->
                throw ProblemException.conflict("already-entered", "이미 참여하신 휴대전화번호입니다. 이벤트당 한 번만 참여할 수 있습니다.");
        };
    }

    /** {@code website} is the honeypot: hidden on the page, left empty by people. */
    record EntryRequest(
            @ValidName String name,
            @KoreanMobile String phoneNumber,
            @EntryChannelName String channel,

            @NotNull(message = "is required") @AssertTrue(message = "must be agreed to enter (개인정보 수집·이용 동의 필수)")
            Boolean privacyConsent,

            Boolean marketingConsent,

            @Email(message = "must be an e-mail address") @Size(max = 254)
            String email,

            @Size(max = 200) String website) {}

    /** {@code name} masked as everywhere ({@code 홍*동}), for the confirmation the person sees. */
    record EntryResponse(UUID participantId, long entryNumber, String name) {}
}
