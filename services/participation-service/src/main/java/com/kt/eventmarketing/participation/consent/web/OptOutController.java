package com.kt.eventmarketing.participation.consent.web;

import com.kt.eventmarketing.common.error.ProblemException;
import com.kt.eventmarketing.participation.consent.MarketingConsents;
import com.kt.eventmarketing.participation.limits.AbuseLimits;
import com.kt.eventmarketing.participation.registration.domain.PhoneNumber;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The free marketing opt-out the SMS and e-mail texts link to. Always 202 for a well-formed mobile number,
 * known or not: the answer must not tell who participated.
 */
@RestController
class OptOutController {

    private final MarketingConsents consents;
    private final AbuseLimits limits;

    OptOutController(MarketingConsents consents, AbuseLimits limits) {
        this.consents = consents;
        this.limits = limits;
    }

    @PostMapping("/api/v1/public/stores/{storeId}/marketing-opt-out")
    ResponseEntity<OptOutResponse> optOut(
            @PathVariable UUID storeId, @Valid @RequestBody OptOutRequest body, HttpServletRequest request) {
        limits.view(request.getRemoteAddr());
        PhoneNumber phone = PhoneNumber.parse(body.phoneNumber())
                .orElseThrow(() ->
                        ProblemException.invalid("phoneNumber", "must be a Korean mobile number, e.g. 010-1234-5678"));
        consents.withdraw(storeId, phone);
        return ResponseEntity.accepted()
                .body(new OptOutResponse("수신 거부 요청이 접수되었습니다. 이 매장의 광고 문자와 이메일을 더 이상 보내지 않습니다."));
    }

    record OptOutRequest(@NotBlank(message = "is required") String phoneNumber) {}

    record OptOutResponse(String message) {}
}
