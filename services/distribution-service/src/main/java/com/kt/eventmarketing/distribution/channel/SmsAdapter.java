package com.kt.eventmarketing.distribution.channel;

import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.distribution.DistributionProperties.ChannelSettings;
import com.kt.eventmarketing.distribution.channel.domain.ChannelContent.TextMessage;
import com.kt.eventmarketing.distribution.channel.domain.SmsText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * A Korean bulk SMS provider's v3 API (the NHN Cloud shape): {@code POST /sms/v3.0/appKeys/{app-key}/sender/
 * {sms|mms|ad-sms|ad-mms}} with {@code X-Secret-Key}, the registered calling number ({@code sender}) and
 * up to 1 000 recipients per request. LMS goes as {@code mms} with a title; advertising through the
 * {@code ad-} endpoints, which check the {@code (광고)} head and the 080 refusal line. Each recipient
 * carries its blind index as {@code recipientGroupingKey}; recipients already sent are skipped.
 */
class SmsAdapter implements ChannelAdapter {

    static final int BATCH = 1000;

    private final Supplier<String> baseUrl;
    private final ChannelSettings settings;
    private final ProviderHttp http;

    SmsAdapter(Supplier<String> baseUrl, ChannelSettings settings, ProviderHttp http) {
        this.baseUrl = baseUrl;
        this.settings = settings;
        this.http = http;
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public Posted post(ChannelRequest request) {
        TextMessage message = (TextMessage) request.content();
        List<Recipient> due = request.recipients().stream()
                .filter(r -> r.phone() != null && !request.sends().alreadySent(r.ref()))
                .toList();
        long alreadySent = request.recipients().size() - due.size();
        String lastRequestId = null;
        long sent = 0;
        for (int from = 0; from < due.size(); from += BATCH) {
            if (Thread.currentThread().isInterrupted()) {
                throw new ChannelFailure("interrupted after the time limit", true);
            }
            List<Recipient> batch = due.subList(from, Math.min(due.size(), from + BATCH));
            JsonNode answer = http.postJson(
                    baseUrl.get() + "/sms/v3.0/appKeys/" + settings.getApiKey() + "/sender/" + endpoint(message),
                    body(message, batch, request.idempotencyKey() + ":" + (from / BATCH)),
                    Map.of(
                            "X-Secret-Key",
                            settings.getSecretKey(),
                            ProviderHttp.IDEMPOTENCY_KEY,
                            request.idempotencyKey() + ":" + (from / BATCH)));
            JsonNode header = answer.path("header");
            if (!header.path("isSuccessful").asBoolean(false)) {
                int code = header.path("resultCode").asInt(0);
                // negative codes are the request's fault (bad number, unregistered sender, missing 080 line)
                throw new ChannelFailure(
                        "SMS provider refused: " + header.path("resultCode").asString() + " "
                                + header.path("resultMessage").asString(),
                        code >= 0);
            }
            JsonNode data = answer.path("body").path("data");
            lastRequestId = data.path("requestId").asString(lastRequestId);
            Set<String> accepted = new HashSet<>();
            for (JsonNode result : data.path("sendResultList")) {
                if (result.path("resultCode").asInt(-1) == 0) {
                    accepted.add(result.path("recipientGroupingKey").asString());
                }
            }
            for (Recipient recipient : batch) {
                if (accepted.contains(recipient.ref())) {
                    request.sends().sent(recipient.ref());
                    sent++;
                }
            }
            if (accepted.size() < batch.size()) {
                throw new ChannelFailure(
                        "SMS provider refused " + (batch.size() - accepted.size()) + " of " + batch.size()
                                + " recipients",
                        true);
            }
        }
        return new Posted(lastRequestId, null, sent + alreadySent);
    }

    private static String endpoint(TextMessage message) {
        String type = message.kind() == SmsText.Kind.SMS ? "sms" : "mms";
        return message.advertising() ? "ad-" + type : type;
    }

    private Map<String, Object> body(TextMessage message, List<Recipient> batch, String groupingKey) {
        List<Map<String, Object>> recipients = new ArrayList<>();
        for (Recipient recipient : batch) {
            recipients.add(Map.of("recipientNo", recipient.phone(), "recipientGroupingKey", recipient.ref()));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        if (message.kind() == SmsText.Kind.LMS) {
            body.put("title", message.title());
        }
        body.put("body", message.text());
        body.put("sendNo", settings.getSender());
        body.put("senderGroupingKey", groupingKey);
        body.put("recipientList", recipients);
        return body;
    }
}
