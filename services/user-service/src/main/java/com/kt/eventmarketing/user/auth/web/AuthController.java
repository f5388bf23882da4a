package com.kt.eventmarketing.user.auth.web;

import com.kt.eventmarketing.common.security.CurrentOwner;
import com.kt.eventmarketing.user.auth.AccessTokens;
import com.kt.eventmarketing.user.auth.AccessTokens.IssuedToken;
import com.kt.eventmarketing.user.auth.Authentication;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** §6 User: login, logout, password change. */
@RestController
@RequestMapping("/api/v1/users")
class AuthController {

    private final Authentication authentication;

    AuthController(Authentication authentication) {
        this.authentication = authentication;
    }

    @PostMapping("/login")
    LoginResponse login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
        IssuedToken token = authentication.login(request.email(), request.password(), http.getRemoteAddr());
        return new LoginResponse(token.accessToken(), "Bearer", token.expiresIn(), token.userId(), token.storeId());
    }

    /** Renews the caller's token within its session (the web app keeps its cookie fresh with this). */
    @PostMapping("/token")
    LoginResponse renew(CurrentOwner owner, @AuthenticationPrincipal Jwt token) {
        IssuedToken renewed =
                authentication.renew(owner.userId(), owner.storeId(), token.getClaim(AccessTokens.AUTH_TIME_CLAIM));
        return new LoginResponse(
                renewed.accessToken(), "Bearer", renewed.expiresIn(), renewed.userId(), renewed.storeId());
    }

    @PostMapping("/logout")
    ResponseEntity<Void> logout(@AuthenticationPrincipal Jwt token) {
        authentication.logout(token.getId(), token.getExpiresAt());
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/me/password")
    ResponseEntity<Void> changePassword(CurrentOwner owner, @Valid @RequestBody PasswordChangeRequest request) {
        authentication.changePassword(owner.userId(), request.currentPassword(), request.newPassword());
        return ResponseEntity.noContent().build();
    }

    record LoginRequest(
            @NotBlank @Size(max = 254) String email,
            @NotBlank @Size(max = 128) String password) {}

    record LoginResponse(String accessToken, String tokenType, long expiresIn, UUID userId, UUID storeId) {}

    record PasswordChangeRequest(
            @NotBlank @Size(max = 128) String currentPassword,
            @NotBlank @Size(max = 128) String newPassword) {}
}
