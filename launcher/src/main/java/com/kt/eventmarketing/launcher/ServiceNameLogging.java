package com.kt.eventmarketing.launcher;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import org.slf4j.MDC;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.web.context.WebApplicationContext;

/**
 * Logback is shared by every application in the launcher's JVM: the service name goes into the MDC ({@code service})
 * while an application starts and stops (the launcher does that) and while it serves a request (this filter).
 */
final class ServiceNameLogging implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String MDC_KEY = "service";

    private final String serviceName;

    ServiceNameLogging(String serviceName) {
        this.serviceName = serviceName;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (context instanceof WebApplicationContext && context instanceof GenericApplicationContext generic) {
            generic.registerBean("ktServiceNameLoggingFilter", Filter.class, () -> new ServiceNameFilter(serviceName));
        }
    }

    private record ServiceNameFilter(String serviceName) implements Filter, Ordered {

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            MDC.put(MDC_KEY, serviceName);
            try {
                chain.doFilter(request, response);
            } finally {
                MDC.remove(MDC_KEY);
            }
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }
}
