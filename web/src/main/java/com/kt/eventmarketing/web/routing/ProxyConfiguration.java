package com.kt.eventmarketing.web.routing;

import com.kt.eventmarketing.web.EdgeProperties;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.apache.hc.core5.util.TimeValue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.cloud.gateway.server.mvc.config.GatewayMvcProperties;
import org.springframework.cloud.gateway.server.mvc.filter.HttpHeadersFilter.RequestHttpHeadersFilter;
import org.springframework.cloud.gateway.server.mvc.filter.HttpHeadersFilter.ResponseHttpHeadersFilter;
import org.springframework.cloud.gateway.server.mvc.handler.ProxyExchangeHandlerFunction;
import org.springframework.cloud.gateway.server.mvc.handler.RestClientProxyExchange;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The HTTP clients of the proxy. Two of them: API calls go through a pooled Apache HttpClient with
 * {@code kt.edge.read-timeout}; streams (Server-Sent Events) through the JDK client, whose read
 * timeout bounds the whole exchange, with {@code kt.edge.stream-timeout}. Both are chosen explicitly,
 * so the launcher's classpath (which carries several HTTP clients) changes nothing. The primary
 * handler is the one {@code HandlerFunctions.http()} uses.
 */
@Configuration(proxyBeanMethods = false)
public class ProxyConfiguration {

    private static final Executor VIRTUAL_THREADS = Executors.newVirtualThreadPerTaskExecutor();
    private static final int MAX_CONNECTIONS_PER_SERVICE = 512;
    private static final int MAX_CONNECTIONS = 2048;
    private static final Duration IDLE = Duration.ofSeconds(10);

    @Bean
    @Primary
    RestClientProxyExchange proxyExchange(
            EdgeProperties edge, GatewayMvcProperties gateway, RestClient.Builder restClientBuilder) {
        ClientHttpRequestFactory requestFactory = requestFactory(edge.connectTimeout(), edge.readTimeout());
        return new RestClientProxyExchange(
                restClientBuilder.requestFactory(requestFactory).build(), gateway);
    }

    @Bean
    RestClientProxyExchange streamingProxyExchange(
            EdgeProperties edge, GatewayMvcProperties gateway, RestClient.Builder restClientBuilder) {
        ClientHttpRequestFactory requestFactory = streamingRequestFactory(edge.connectTimeout(), edge.streamTimeout());
        return new RestClientProxyExchange(
                restClientBuilder.requestFactory(requestFactory).build(), gateway);
    }

    @Bean
    @Primary
    ProxyExchangeHandlerFunction proxyExchangeHandlerFunction(
            RestClientProxyExchange proxyExchange,
            ObjectProvider<RequestHttpHeadersFilter> requestHeadersFilters,
            ObjectProvider<ResponseHttpHeadersFilter> responseHeadersFilters) {
        return new ProxyExchangeHandlerFunction(proxyExchange, requestHeadersFilters, responseHeadersFilters);
    }

    @Bean
    ProxyExchangeHandlerFunction streamingProxyExchangeHandlerFunction(
            @Qualifier("streamingProxyExchange") RestClientProxyExchange proxyExchange,
            ObjectProvider<RequestHttpHeadersFilter> requestHeadersFilters,
            ObjectProvider<ResponseHttpHeadersFilter> responseHeadersFilters) {
        return new ProxyExchangeHandlerFunction(proxyExchange, requestHeadersFilters, responseHeadersFilters);
    }

    @Bean
    ForwardedHeaders forwardedHeaders() {
        return new ForwardedHeaders();
    }

    /**
     * How the edge calls a service: Apache HttpClient 5 (classic, blocking I/O on the caller's virtual
     * thread), a pool of keep-alive connections per service, HTTP/1.1, redirects not followed. A proxy
     * passes exchanges through unchanged, so the client keeps no cookies, does not decompress and does
     * not retry. The read timeout bounds the wait for the response and every pause within it; a
     * connection idle for a while is checked before reuse and closed after {@link #IDLE}. Measured on
     * the participation benchmark, this costs the edge far less CPU per exchange than the JDK client,
     * whose asynchronous machinery hands each exchange between several threads.
     */
    public static ClientHttpRequestFactory requestFactory(Duration connectTimeout, Duration readTimeout) {
        return ClientHttpRequestFactoryBuilder.httpComponents()
                .withConnectionManagerCustomizer(pool ->
                        pool.setMaxConnPerRoute(MAX_CONNECTIONS_PER_SERVICE).setMaxConnTotal(MAX_CONNECTIONS))
                .withConnectionConfigCustomizer(
                        connection -> connection.setValidateAfterInactivity(TimeValue.ofSeconds(1)))
                .withHttpClientCustomizer(client -> client.disableCookieManagement()
                        .disableContentCompression()
                        .disableAutomaticRetries()
                        .disableAuthCaching()
                        .evictIdleConnections(TimeValue.of(IDLE)))
                .build(HttpClientSettings.defaults()
                        .withTimeouts(connectTimeout, readTimeout)
                        .withRedirects(HttpRedirects.DONT_FOLLOW));
    }

    /**
     * How the edge follows a stream (Server-Sent Events): the JDK client, whose read timeout bounds the
     * whole exchange, so a stream ends after {@code kt.edge.stream-timeout} and the browser's EventSource
     * reconnects. Its work runs on virtual threads: without an executor of its own, Spring's request
     * factory would write each request body on a new platform thread.
     */
    public static ClientHttpRequestFactory streamingRequestFactory(Duration connectTimeout, Duration streamTimeout) {
        return ClientHttpRequestFactoryBuilder.jdk()
                // plain HTTP/1.1 to the services: no h2c upgrade attempts on the first request
                .withHttpClientCustomizer(
                        client -> client.version(HttpClient.Version.HTTP_1_1).executor(VIRTUAL_THREADS))
                .build(HttpClientSettings.defaults()
                        .withTimeouts(connectTimeout, streamTimeout)
                        .withRedirects(HttpRedirects.DONT_FOLLOW));
    }
}
