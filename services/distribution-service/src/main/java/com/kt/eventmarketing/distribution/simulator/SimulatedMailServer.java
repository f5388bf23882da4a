package com.kt.eventmarketing.distribution.simulator;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.kt.eventmarketing.contracts.Channel;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The simulator's SMTP server (GreenMail on a free loopback port), started only with
 * {@code kt.distribution.channels.email.simulated=true}: the e-mail adapter speaks real SMTP to it, and
 * every second what arrived is recorded with the other simulated deliveries (addresses masked) and
 * removed from the server.
 */
@Component
@ConditionalOnProperty(name = "kt.distribution.channels.email.simulated", havingValue = "true", matchIfMissing = true)
public class SimulatedMailServer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SimulatedMailServer.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SimulatedDeliveries deliveries;
    private GreenMail greenMail;

    SimulatedMailServer(SimulatedDeliveries deliveries) {
        this.deliveries = deliveries;
    }

    @Override
    public synchronized void start() {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        greenMail.start();
        log.info("Channel simulator: e-mail is received by a local SMTP server on 127.0.0.1:{}", port());
    }

    @Override
    public synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return greenMail != null;
    }

    public synchronized int port() {
        if (greenMail == null) {
            throw new IllegalStateException("The simulated mail server is not running");
        }
        return greenMail.getSmtp().getPort();
    }

    /** Records what arrived; also called before reading the record so that it is current. */
    @Scheduled(fixedDelay = 1000)
    public synchronized void drain() {
        if (greenMail == null) {
            return;
        }
        MimeMessage[] received = greenMail.getReceivedMessages();
        if (received.length == 0) {
            return;
        }
        for (MimeMessage message : received) {
            try {
                deliveries.record(
                        Channel.EMAIL,
                        "smtp",
                        header(message, "X-Kt-Idempotency-Key") + "/" + message.getMessageID(),
                        JSON.writeValueAsString(summary(message)),
                        "sim-mail-",
                        null);
            } catch (MessagingException | RuntimeException e) {
                log.warn("Channel simulator could not record an e-mail: {}", e.getMessage());
            }
        }
        try {
            // empty the server only when nothing arrived meanwhile (what did is recorded, deduplicated, next round);
            // a message landing in the microseconds between this check and the purge would miss the record
            if (greenMail.getReceivedMessages().length == received.length) {
                greenMail.purgeEmailFromAllMailboxes();
            }
        } catch (Exception e) {
            log.warn("Channel simulator could not empty its mailboxes: {}", e.getMessage());
        }
    }

    private static Map<String, Object> summary(MimeMessage message) throws MessagingException {
        Map<String, Object> summary = new LinkedHashMap<>();
        List<String> to = new ArrayList<>();
        for (Address address : message.getAllRecipients() == null ? new Address[0] : message.getAllRecipients()) {
            to.add(maskEmail(address.toString()));
        }
        summary.put("to", to);
        summary.put("subject", message.getSubject());
        summary.put("listUnsubscribe", header(message, "List-Unsubscribe"));
        summary.put("messageId", message.getMessageID());
        summary.put("contentType", message.getContentType());
        return summary;
    }

    private static String header(MimeMessage message, String name) throws MessagingException {
        String[] values = message.getHeader(name);
        return values == null || values.length == 0 ? "" : values[0];
    }

    static String maskEmail(String address) {
        int at = address.indexOf('@');
        if (at <= 0) {
            return "***";
        }
        return address.charAt(0) + "***" + address.substring(at);
    }

    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 100; // before the web server and the listeners, after the data source
    }
}
