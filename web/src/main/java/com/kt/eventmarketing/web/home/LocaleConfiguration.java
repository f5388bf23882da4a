package com.kt.eventmarketing.web.home;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Korean first, English on request: {@code ?lang=en} (the footer's links) sets a cookie; without it the browser's
 * {@code Accept-Language} decides between the two, and anything else is Korean. The messages live under {@code
 * i18n/web/} rather than at the classpath root, because in the launcher every module shares one classpath and a
 * service's {@code messages*.properties} would shadow the edge's (or the reverse). One bundle per part of the web
 * app: {@code messages} (home, layout, errors, sign-in), {@code wizard}, {@code event}, {@code public}.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    static final Locale DEFAULT_LOCALE = Locale.KOREAN;
    static final List<Locale> SUPPORTED = List.of(Locale.KOREAN, Locale.ENGLISH);

    @Bean
    MessageSource messageSource() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/web/messages", "i18n/web/wizard", "i18n/web/event", "i18n/web/public");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(DEFAULT_LOCALE);
        return messages;
    }

    @Bean
    LocaleResolver localeResolver() {
        var fromBrowser = new AcceptHeaderLocaleResolver();
        fromBrowser.setSupportedLocales(SUPPORTED);
        fromBrowser.setDefaultLocale(DEFAULT_LOCALE);
        var resolver = new CookieLocaleResolver("KT_LANG");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(fromBrowser::resolveLocale);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
