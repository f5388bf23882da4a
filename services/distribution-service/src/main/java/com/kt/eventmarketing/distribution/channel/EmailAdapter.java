package com.kt.eventmarketing.distribution.channel;

import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.distribution.channel.domain.ChannelContent.EmailMessage;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * E-mail over SMTP with Jakarta Mail: one message per recipient (HTML with the image and a plain-text
 * part), the advertising subject, the refusal footer and a {@code List-Unsubscribe} header. A stable
 * {@code Message-ID} per event × recipient; recipients already sent are skipped on a retry.
 */
class EmailAdapter implements ChannelAdapter {

    /** Messages sent over one SMTP connection. */
    static final int BATCH = 50;

    private final Supplier<JavaMailSenderImpl> mail;
    private final String from;
    private final String fromName;

    EmailAdapter(Supplier<JavaMailSenderImpl> mail, String from, String fromName) {
        this.mail = mail;
        this.from = from;
        this.fromName = fromName;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public Posted post(ChannelRequest request) {
        EmailMessage message = (EmailMessage) request.content();
        JavaMailSenderImpl sender = mail.get();
        List<Recipient> withEmail =
                request.recipients().stream().filter(r -> r.email() != null).toList();
        List<Recipient> due = withEmail.stream()
                .filter(r -> !request.sends().alreadySent(r.ref()))
                .toList();
        for (int from = 0; from < due.size(); from += BATCH) {
            if (Thread.currentThread().isInterrupted()) {
                // the time limit ran out: stop here, the retry continues with those not yet served
                throw new ChannelFailure("interrupted after the time limit", true);
            }
            List<Recipient> batch = due.subList(from, Math.min(due.size(), from + BATCH));
            Map<MimeMessage, Recipient> messages = new LinkedHashMap<>();
            for (Recipient recipient : batch) {
                messages.put(mime(sender, message, recipient, request), recipient);
            }
            try {
                // one SMTP connection for the whole batch
                sender.send(messages.keySet().toArray(MimeMessage[]::new));
            } catch (MailSendException e) {
                messages.forEach((mime, recipient) -> {
                    if (!e.getFailedMessages().containsKey(mime)) {
                        request.sends().sent(recipient.ref());
                    }
                });
                throw new ChannelFailure(
                        "SMTP did not take " + e.getFailedMessages().size() + " of " + batch.size() + " messages",
                        true,
                        e);
            } catch (MailException e) {
                throw new ChannelFailure(
                        "SMTP did not take the messages: " + e.getClass().getSimpleName(), true, e);
            }
            batch.forEach(recipient -> request.sends().sent(recipient.ref()));
        }
        return new Posted("smtp:" + request.idempotencyKey(), null, withEmail.size());
    }

    private MimeMessage mime(
            JavaMailSenderImpl sender, EmailMessage message, Recipient recipient, ChannelRequest request) {
        String messageId = "<"
                + HexFormat.of()
                        .formatHex((request.idempotencyKey() + "/" + recipient.ref()).getBytes(StandardCharsets.UTF_8))
                        .substring(0, 48)
                + "." + request.eventId() + "@kt-event-marketing>";
        MimeMessage mime = new MimeMessage(sender.getSession()) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        try {
            MimeMessageHelper helper = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
            helper.setFrom(new InternetAddress(from, fromName, StandardCharsets.UTF_8.name()));
            helper.setTo(recipient.email());
            helper.setSubject(message.subject());
            helper.setText(message.text(), message.html());
            mime.setHeader("List-Unsubscribe", "<" + message.unsubscribeUrl() + ">");
            mime.setHeader("X-Kt-Event-Id", request.eventId().toString());
            mime.setHeader("X-Kt-Idempotency-Key", request.idempotencyKey());
            return mime;
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new ChannelFailure("cannot build the e-mail: " + e.getMessage(), false, e);
        }
    }
}
