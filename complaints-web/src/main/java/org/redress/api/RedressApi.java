package org.redress.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.redress.security.Roles;

/** The Redress REST API, version 1. */
@ApplicationPath("/api/v1")
@DeclareRoles({
  Roles.HANDLER,
  Roles.MANAGER,
  Roles.QMS_ADMIN,
  Roles.AUDITOR,
  Roles.ADMINISTRATOR,
  Roles.INTEGRATION
})
@OpenAPIDefinition(
    info =
        @Info(
            title = "Redress complaints API",
            version = "1",
            description =
                "ISO 10002 complaints handling: create complaints, follow them through the"
                    + " handling process and read their status. Errors are application/problem+json"
                    + " (RFC 9457). Lists use cursor pagination: pass nextCursor as cursor."),
    security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RedressApi extends Application {}
