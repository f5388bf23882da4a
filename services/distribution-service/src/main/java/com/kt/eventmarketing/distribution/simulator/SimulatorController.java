package com.kt.eventmarketing.distribution.simulator;

import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.distribution.channel.ChannelEndpoints;
import com.kt.eventmarketing.distribution.channel.domain.ChannelContent.RingbackAnnouncement;
import com.kt.eventmarketing.distribution.channel.domain.Compliance;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The channel simulator of the embedded default: stands in for each provider at
 * {@code /simulator/<channel>/…} with that provider's request and answer shapes, records what it
 * received (phone numbers masked) and answers with ids and addresses that say they are simulated.
 * Nothing leaves the machine. It can be slowed down or made to fail per channel ({@link ChannelSimulator}).
 */
@RestController
@RequestMapping("/simulator")
@ConditionalOnProperty(name = "kt.distribution.simulator.enabled", havingValue = "true", matchIfMissing = true)
class SimulatorController {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String KEY = "Idempotency-Key";

    private final ChannelSimulator behaviour;
    private final SimulatedDeliveries deliveries;
    private final ChannelEndpoints endpoints;

    SimulatorController(ChannelSimulator behaviour, SimulatedDeliveries deliveries, ChannelEndpoints endpoints) {
        this.behaviour = behaviour;
        this.deliveries = deliveries;
        this.endpoints = endpoints;
    }

    // Instagram Graph API: container, publish, permalink

    @PostMapping("/instagram/{account}/media")
    ResponseEntity<?> instagramMedia(
            @PathVariable String account,
            @RequestParam MultiValueMap<String, String> form,
            @RequestHeader(name = KEY, required = false) String key) {
        return answer(Channel.INSTAGRAM, () -> {
            if (form.getFirst("image_url") == null) {
                return ResponseEntity.badRequest().body(graphError("The parameter image_url is required"));
            }
            var recorded = deliveries.record(
                    Channel.INSTAGRAM,
                    "media",
                    key,
                    json(Map.of(
                            "account",
                            account,
                            "image_url",
                            form.getFirst("image_url"),
                            "caption",
                            nullSafe(form.getFirst("caption")))),
                    "sim-container-",
                    null);
            return ResponseEntity.ok(Map.of("id", recorded.externalId()));
        });
    }

    @PostMapping("/instagram/{account}/media_publish")
    ResponseEntity<?> instagramPublish(
            @PathVariable String account,
            @RequestParam MultiValueMap<String, String> form,
            @RequestHeader(name = KEY, required = false) String key) {
        return answer(Channel.INSTAGRAM, () -> {
            var recorded = deliveries.record(
                    Channel.INSTAGRAM,
                    "media_publish",
                    key,
                    json(Map.of("account", account, "creation_id", nullSafe(form.getFirst("creation_id")))),
                    "sim-media-",
                    id -> endpoints.simulatorUrl() + "/instagram/p/" + id);
            return ResponseEntity.ok(Map.of("id", recorded.externalId()));
        });
    }

    @GetMapping("/instagram/{mediaId}")
    Map<String, Object> instagramMediaFields(@PathVariable String mediaId) {
        return Map.of("id", mediaId, "permalink", endpoints.simulatorUrl() + "/instagram/p/" + mediaId);
    }

    // Naver Blog write API

    @PostMapping("/naver-blog/blog/writePost.json")
    ResponseEntity<?> naverBlog(
            @RequestParam MultiValueMap<String, String> form, @RequestHeader(name = KEY, required = false) String key) {
        return answer(Channel.NAVER_BLOG, () -> {
            var recorded = deliveries.record(
                    Channel.NAVER_BLOG,
                    "writePost",
                    key,
                    json(Map.of(
                            "title",
                            nullSafe(form.getFirst("title")),
                            "contents",
                            nullSafe(form.getFirst("contents")),
                            "tags",
                            nullSafe(form.getFirst("tags")))),
                    "",
                    null);
            return ResponseEntity.ok(Map.of(
                    "message",
                    Map.of(
                            "@type",
                            "response",
                            "@service",
                            "naverservice.blog.post",
                            "result",
                            Map.of("postId", recorded.externalId(), "blogId", "kt-simulated"))));
        });
    }

    // Kakao Channel message API

    @PostMapping("/kakao-channel/v1/channels/{channelId}/messages")
    ResponseEntity<?> kakao(
            @PathVariable String channelId,
            @RequestBody Map<String, Object> body,
            @RequestHeader(name = KEY, required = false) String key) {
        return answer(Channel.KAKAO_CHANNEL, () -> {
            var recorded = deliveries.record(Channel.KAKAO_CHANNEL, "message", key, json(body), "sim-kakao-", null);
            return ResponseEntity.ok(Map.of("message_id", recorded.externalId(), "recipient_count", 800));
        });
    }

    // SMS provider v3 (sms, mms, ad-sms, ad-mms)

    @PostMapping("/sms/sms/v3.0/appKeys/{appKey}/sender/{type}")
    ResponseEntity<?> sms(
            @PathVariable String appKey,
            @PathVariable String type,
            @RequestBody Map<String, Object> body,
            @RequestHeader(name = KEY, required = false) String key) {
        return answer(Channel.SMS, () -> {
            String text = String.valueOf(body.get("body"));
            if (type.startsWith("ad-") && (!Compliance.isAdvertising(text) || !text.contains("수신거부"))) {
                return ResponseEntity.ok(
                        smsHeader(false, -2000, "advertising must start with (광고) and offer a free refusal"));
            }
            List<Map<String, Object>> masked = new ArrayList<>();
            List<Map<String, Object>> results = new ArrayList<>();
            Object list = body.get("recipientList");
            int seq = 0;
            for (Object item : list instanceof List<?> l ? l : List.of()) {
                Map<?, ?> recipient = (Map<?, ?>) item;
                String number = String.valueOf(recipient.get("recipientNo"));
                masked.add(Map.of("recipientNo", mask(number)));
                results.add(Map.of(
                        "recipientNo",
                        mask(number),
                        "resultCode",
                        0,
                        "resultMessage",
                        "SUCCESS",
                        "recipientSeq",
                        ++seq,
                        "recipientGroupingKey",
                        String.valueOf(recipient.get("recipientGroupingKey"))));
            }
            Map<String, Object> recordedBody = new LinkedHashMap<>(body);
            recordedBody.put("recipientList", masked);
            recordedBody.put("type", type);
            var recorded = deliveries.record(Channel.SMS, type, key, json(recordedBody), "sim-sms-", null);
            Map<String, Object> answer = new LinkedHashMap<>(smsHeader(true, 0, "SUCCESS"));
            answer.put(
                    "body",
                    Map.of(
                            "data",
                            Map.of("requestId", recorded.externalId(), "statusCode", "2", "sendResultList", results)));
            return ResponseEntity.ok(answer);
        });
    }

    // KT 우리동네TV, 지니TV, 링고비즈

    @PostMapping("/uridongne-tv/v1/campaigns")
    ResponseEntity<?> uridongneTv(
            @RequestBody Map<String, Object> body, @RequestHeader(name = KEY, required = false) String key) {
        return answer(Channel.URIDONGNE_TV, () -> {
            var recorded = deliveries.record(
                    Channel.URIDONGNE_TV,
                    "campaign",
                    key,
                    json(body),
                    "sim-udtv-",
                    id -> endpoints.simulatorUrl() + "/uridongne-tv/preview/" + id);
            return ResponseEntity.status(HttpStatus.CREATED)
                    .body(Map.of(
                            "campaignId",
                            recorded.externalId(),
                            "status",
                            "BOOKED",
                            "previewUrl",
                            recorded.externalUrl()));
        });
    }

    @PostMapping("/genie-tv/v1/ad-bookings")
    ResponseEntity<?> genieTv(
            @RequestBody Map<String, Object> body, @RequestHeader(name = KEY, required = false) String key) {
        return answer(Channel.GENIE_TV, () -> {
            var recorded = deliveries.record(
                    Channel.GENIE_TV,
                    "ad-booking",
                    key,
                    json(body),
                    "sim-genie-",
                    id -> endpoints.simulatorUrl() + "/genie-tv/preview/" + id);
            return ResponseEntity.status(HttpStatus.CREATED)
                    .body(Map.of(
                            "bookingId",
                            recorded.externalId(),
                            "status",
                            "BOOKED",
                            "previewUrl",
                            recorded.externalUrl()));
        });
    }

    @PostMapping("/ringo-biz/v1/ringback/announcements")
    ResponseEntity<?> ringoBiz(
            @RequestBody Map<String, Object> body, @RequestHeader(name = KEY, required = false) String key) {
        return answer(Channel.RINGO_BIZ, () -> {
            String script = String.valueOf(body.get("script"));
            if (script.length() > RingbackAnnouncement.MAX_CHARS) {
                return ResponseEntity.badRequest().body(Map.of("error", "script longer than 60 characters"));
            }
            var recorded = deliveries.record(Channel.RINGO_BIZ, "announcement", key, json(body), "sim-ringo-", null);
            return ResponseEntity.status(HttpStatus.CREATED)
                    .body(Map.of("announcementId", recorded.externalId(), "status", "ACTIVE"));
        });
    }

    private ResponseEntity<?> answer(Channel channel, java.util.function.Supplier<ResponseEntity<?>> handler) {
        Duration delay = behaviour.delayOf(channel);
        if (!delay.isZero()) {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (behaviour.failing(channel)) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .body(Map.of("error", "simulated outage of " + channel.koreanName()));
        }
        return handler.get();
    }

    private static Map<String, Object> smsHeader(boolean ok, int code, String message) {
        return Map.of("header", Map.of("isSuccessful", ok, "resultCode", code, "resultMessage", message));
    }

    private static Map<String, Object> graphError(String message) {
        return Map.of("error", Map.of("message", message, "type", "OAuthException", "code", 100));
    }

    /** 010-****-5678: the simulator's record holds no full phone number. */
    static String mask(String number) {
        String digits = Optional.ofNullable(number).orElse("").replaceAll("\\D", "");
        if (digits.length() < 8) {
            return "***";
        }
        return digits.substring(0, 3) + "-****-" + digits.substring(digits.length() - 4);
    }

    private static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    private static String nullSafe(String text) {
        return text == null ? "" : text;
    }
}
