package com.kt.eventmarketing.web.home;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * Korean first, English on request ({@code Accept-Language}). The messages live under {@code
 * i18n/web/} rather than at the classpath root, because in the launcher every module shares one
 * classpath and a service's {@code messages*.properties} would shadow the edge's (or the reverse).
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration {

    static final Locale DEFAULT_LOCALE = Locale.KOREAN;

    @Bean
    MessageSource messageSource() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/web/messages");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(DEFAULT_LOCALE);
        return messages;
    }

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(List.of(Locale.KOREAN, Locale.ENGLISH));
        resolver.setDefaultLocale(DEFAULT_LOCALE);
        return resolver;
    }
}
