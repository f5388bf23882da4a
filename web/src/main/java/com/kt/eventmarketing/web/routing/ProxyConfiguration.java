package com.kt.eventmarketing.web.routing;

import com.kt.eventmarketing.web.EdgeProperties;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
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
 * The HTTP clients of the proxy. Two of them, because the JDK client's read timeout bounds the
 * whole response, body included: API calls get {@code kt.edge.read-timeout}, streams (Server-Sent
 * Events) {@code kt.edge.stream-timeout}. The JDK client is chosen explicitly so that the launcher's
 * classpath (which may carry other HTTP clients) does not change these semantics. The primary
 * handler is the one {@code HandlerFunctions.http()} uses.
 */
@Configuration(proxyBeanMethods = false)
public class ProxyConfiguration {

    private static final Executor VIRTUAL_THREADS = Executors.newVirtualThreadPerTaskExecutor();

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
        ClientHttpRequestFactory requestFactory = requestFactory(edge.connectTimeout(), edge.streamTimeout());
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
     * The edge's one way to call a service: the JDK client, HTTP/1.1, the given timeouts, redirects not
     * followed. Its work runs on virtual threads: without an executor of its own, Spring's request
     * factory writes each request body on a new platform thread (a thread started per POST).
     */
    public static ClientHttpRequestFactory requestFactory(Duration connectTimeout, Duration readTimeout) {
        return ClientHttpRequestFactoryBuilder.jdk()
                // plain HTTP/1.1 to the services: no h2c upgrade attempts on the first request
                .withHttpClientCustomizer(
                        client -> client.version(HttpClient.Version.HTTP_1_1).executor(VIRTUAL_THREADS))
                .build(HttpClientSettings.defaults()
                        .withTimeouts(connectTimeout, readTimeout)
                        .withRedirects(HttpRedirects.DONT_FOLLOW));
    }
}
