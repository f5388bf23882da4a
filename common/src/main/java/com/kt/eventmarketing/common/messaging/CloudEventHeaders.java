package com.kt.eventmarketing.common.messaging;

import com.kt.eventmarketing.contracts.IntegrationEvent;
import java.util.LinkedHashMap;
import java.util.Map;

/** The CloudEvents 1.0 Kafka protocol binding, binary content mode: attributes travel as headers. */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String CONTENT_TYPE = "content-type";

    private CloudEventHeaders() {}

    /** The headers of one integration event sent by the service named {@code source}. */
    public static Map<String, Object> of(IntegrationEvent event, String source) {
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put(SPEC_VERSION, "1.0");
        headers.put(ID, event.messageId().toString());
        headers.put(TYPE, event.type());
        headers.put(SOURCE, "/" + source);
        headers.put(TIME, event.occurredAt().toString());
        headers.put(SUBJECT, event.key());
        headers.put(CONTENT_TYPE, "application/json");
        return headers;
    }
}
