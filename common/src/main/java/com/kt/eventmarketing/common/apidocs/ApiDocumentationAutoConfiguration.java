package com.kt.eventmarketing.common.apidocs;

import com.kt.eventmarketing.common.security.CurrentOwner;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.MethodParameter;

/**
 * The OpenAPI document of every service as clients see the API: the owner comes from the bearer
 * token (not from a parameter named {@code owner}), and the token is declared so Swagger UI can
 * send it.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(OperationCustomizer.class)
public class ApiDocumentationAutoConfiguration {

    static final String BEARER = "bearerAuth";

    @Bean
    OperationCustomizer ownerFromToken() {
        return (operation, handler) -> {
            if (operation.getParameters() != null) {
                for (MethodParameter parameter : handler.getMethodParameters()) {
                    if (parameter.getParameterType() == CurrentOwner.class) {
                        String name = parameter.getParameterName();
                        operation
                                .getParameters()
                                .removeIf(documented -> documented.getName().equals(name));
                    }
                }
            }
            return operation;
        };
    }

    @Bean
    OpenApiCustomizer bearerToken() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents()
                    .addSecuritySchemes(
                            BEARER,
                            new SecurityScheme()
                                    .type(SecurityScheme.Type.HTTP)
                                    .scheme("bearer")
                                    .bearerFormat("JWT")
                                    .description("The accessToken of POST /api/v1/users/login"));
            openApi.addSecurityItem(new SecurityRequirement().addList(BEARER));
        };
    }
}
