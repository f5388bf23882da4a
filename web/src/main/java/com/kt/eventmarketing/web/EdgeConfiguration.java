package com.kt.eventmarketing.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EdgeConfiguration {

    @Bean
    EdgeServices edgeServices(EdgeProperties properties) {
        return new EdgeServices(properties.services());
    }
}
