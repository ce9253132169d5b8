package io.gridguard.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description's header: what the API is and how callers authenticate. */
@Configuration
class OpenApiConfig {

    @Bean
    OpenAPI gridGuardOpenApi() {
        return new OpenAPI()
                .info(new Info().title("GridGuard integration API").version("v1").description("""
                        JSON over HTTP. Staff get a bearer token from POST /api/v1/auth/token; machine clients send X-Api-Key.
                        Lists answer {"items","page","size","total"}. Errors are application/problem+json with an "errors"
                        array of {"field","message"} in the language of Accept-Language (zh-CN by default, en)."""))
                .components(new Components()
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT"))
                        .addSecuritySchemes("apiKey", new SecurityScheme().type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name("X-Api-Key")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"))
                .addSecurityItem(new SecurityRequirement().addList("apiKey"));
    }
}
