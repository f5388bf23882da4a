package com.kt.eventmarketing.web.docs;

import com.kt.eventmarketing.web.EdgeServices;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springdoc.core.properties.AbstractSwaggerUiConfigProperties.SwaggerUrl;
import org.springdoc.core.properties.SwaggerUiConfigProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Lists one OpenAPI document per configured service in Swagger UI (what {@code
 * springdoc.swagger-ui.urls} would say, built from {@code kt.edge.services}). springdoc reads the
 * properties on every request, so setting them once at start-up is enough.
 */
@Component
class SwaggerUiServices implements SmartInitializingSingleton {

    private final EdgeServices services;
    private final ObjectProvider<SwaggerUiConfigProperties> swaggerUi;

    SwaggerUiServices(EdgeServices services, ObjectProvider<SwaggerUiConfigProperties> swaggerUi) {
        this.services = services;
        this.swaggerUi = swaggerUi;
    }

    @Override
    public void afterSingletonsInstantiated() {
        swaggerUi.ifAvailable(properties -> {
            if (services.all().isEmpty()
                    || (properties.getUrls() != null && !properties.getUrls().isEmpty())) {
                return; // nothing to list, or listed explicitly in springdoc.swagger-ui.urls
            }
            Set<SwaggerUrl> urls = new LinkedHashSet<>();
            services.all()
                    .keySet()
                    .forEach(name -> urls.add(new SwaggerUrl(name, ApiDocsRouter.DOCS_PATH + name, name)));
            properties.setUrls(urls);
        });
    }
}
