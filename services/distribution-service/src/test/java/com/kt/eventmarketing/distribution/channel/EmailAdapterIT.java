package com.kt.eventmarketing.distribution.channel;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.distribution.DistributionProperties.ChannelSettings;
import com.kt.eventmarketing.distribution.channel.Delivery.Delivered;
import com.kt.eventmarketing.distribution.channel.Delivery.NotDelivered;
import com.kt.eventmarketing.distribution.channel.domain.ChannelFormats;
import com.kt.eventmarketing.distribution.channel.domain.Compliance;
import com.kt.eventmarketing.distribution.channel.domain.EventDetails;
import com.kt.eventmarketing.distribution.channel.domain.PublicLinks;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** E-mail through Jakarta Mail to a local SMTP server: advertising subject, refusal footer, List-Unsubscribe. */
class EmailAdapterIT {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    final ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor();
    final ChannelFormats formats =
            new ChannelFormats(new Compliance("080-500-4233", new PublicLinks("https://event.example.kr")));
    final EventDetails event = new EventDetails(
            UUID.randomUUID(),
            UUID.randomUUID(),
            "카페 봄",
            "CAFE",
            "서울",
            "마포구",
            "겨울 신메뉴 경품 추첨",
            "신메뉴 출시 기념 <추첨> 이벤트",
            "아메리카노 1잔",
            "https://img.example.kr/a.png",
            LocalDate.of(2026, 12, 1),
            LocalDate.of(2026, 12, 14));

    @AfterEach
    void tearDown() {
        calls.close();
    }

    @Test
    void sendsEachConsentingRecipientAnAdvertisingMailWithAWayOut() throws Exception {
        Set<String> sent = new HashSet<>();

        Delivery delivery = gateway(smtp.getSmtp().getPort()).deliver(request(sent));

        assertThat(delivery)
                .isInstanceOfSatisfying(
                        Delivered.class,
                        d -> assertThat(d.posted().recipients()).isEqualTo(2));
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
        MimeMessage mail = received[0];
        assertThat(mail.getSubject()).isEqualTo("(광고)[카페 봄] 겨울 신메뉴 경품 추첨");
        assertThat(mail.getHeader("List-Unsubscribe")[0])
                .isEqualTo("<https://event.example.kr/opt-out/" + event.storeId() + ">");
        assertThat(mail.getFrom()[0].toString()).contains("no-reply@event.example.kr");
        String html = htmlOf(mail);
        assertThat(html)
                .contains("<img src=\"https://img.example.kr/a.png\"")
                .contains("수신거부")
                .contains("080-500-4233")
                .contains("&lt;추첨&gt;")
                .contains("https://event.example.kr/e/" + event.eventId() + "?ch=EMAIL");
        assertThat(sent).containsExactlyInAnyOrder("r1", "r2");
    }

    @Test
    void aRetryAfterAnSmtpOutageSendsOnlyToThoseNotYetServed() throws Exception {
        Set<String> sent = new HashSet<>(Set.of("r1"));

        Delivery down = gateway(1).deliver(request(new HashSet<>())); // nothing listens on port 1
        Delivery retried = gateway(smtp.getSmtp().getPort()).deliver(request(sent));

        assertThat(down)
                .isInstanceOfSatisfying(
                        NotDelivered.class, d -> assertThat(d.reason()).contains("SMTP"));
        assertThat(retried)
                .isInstanceOfSatisfying(
                        Delivered.class,
                        d -> assertThat(d.posted().recipients()).isEqualTo(2));
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(smtp.getReceivedMessages()[0].getAllRecipients()[0].toString())
                .isEqualTo("b@example.com");
    }

    private ChannelGateway gateway(int port) {
        ChannelSettings settings = new ChannelSettings();
        settings.setSimulated(false);
        settings.setHost("127.0.0.1");
        settings.setPort(port);
        JavaMailSenderImpl sender = ChannelConfiguration.mailSender(
                settings,
                new StaticListableBeanFactory()
                        .getBeanProvider(com.kt.eventmarketing.distribution.simulator.SimulatedMailServer.class),
                Duration.ofSeconds(2));
        var properties = new com.kt.eventmarketing.distribution.DistributionProperties();
        properties.getResilience().setMaxAttempts(2);
        properties.getResilience().setInitialBackoff(Duration.ofMillis(10));
        properties.getResilience().setTimeout(Duration.ofSeconds(3));
        return new ChannelGateway(
                List.of(new EmailAdapter(() -> sender, "no-reply@event.example.kr", "카페 봄")),
                new ChannelResilience(channel -> ChannelConfiguration.resilience(properties, channel), calls));
    }

    private ChannelRequest request(Set<String> sent) {
        return new ChannelRequest(
                event.eventId(),
                event.storeId(),
                Channel.EMAIL,
                event.eventId() + ":EMAIL",
                formats.compose(Channel.EMAIL, event),
                List.of(
                        new Recipient("r1", null, "a@example.com"),
                        new Recipient("r2", null, "b@example.com"),
                        new Recipient("r3", "01012345678", null)),
                ProviderAdaptersIT.log(sent));
    }

    private static String htmlOf(MimeMessage mail) throws Exception {
        StringBuilder html = new StringBuilder();
        collect(mail.getContent(), html);
        return html.toString();
    }

    private static void collect(Object content, StringBuilder out) throws Exception {
        if (content instanceof MimeMultipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                var part = multipart.getBodyPart(i);
                if (part.isMimeType("text/html")) {
                    out.append(part.getContent());
                } else {
                    collect(part.getContent(), out);
                }
            }
        }
    }
}
