package com.kt.eventmarketing.user.account.web;

import com.kt.eventmarketing.common.error.ProblemException.FieldError;
import com.kt.eventmarketing.common.security.CurrentOwner;
import com.kt.eventmarketing.user.account.AccountManagement;
import com.kt.eventmarketing.user.account.AccountManagement.Profile;
import com.kt.eventmarketing.user.account.RegisterOwner;
import com.kt.eventmarketing.user.account.Registered;
import com.kt.eventmarketing.user.account.UpdateProfile;
import com.kt.eventmarketing.user.account.domain.Industry;
import com.kt.eventmarketing.user.account.domain.PasswordPolicy;
import com.kt.eventmarketing.user.account.web.AccountConstraints.KoreanAddress;
import com.kt.eventmarketing.user.account.web.AccountConstraints.KoreanPhone;
import com.kt.eventmarketing.user.account.web.AccountConstraints.StrongPassword;
import com.kt.eventmarketing.user.account.web.AccountConstraints.ValidBusinessNumber;
import com.kt.eventmarketing.user.auth.AccessTokens.IssuedToken;
import com.kt.eventmarketing.user.auth.Authentication;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** §6 User: sign-up and the owner's own profile. */
@RestController
@RequestMapping("/api/v1/users")
class AccountController {

    // names: letters of any script, spaces, a few joiners; no markup, no control characters
    static final String NAME_PATTERN = "^[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N} .·&()'’-]*$";

    private final AccountManagement accounts;
    private final Authentication authentication;
    private final Validator validator;

    AccountController(AccountManagement accounts, Authentication authentication, Validator validator) {
        this.accounts = accounts;
        this.authentication = authentication;
        this.validator = validator;
    }

    @PostMapping("/register")
    ResponseEntity<RegistrationResponse> register(@Valid @RequestBody RegistrationRequest request) {
        Registered registered = accounts.register(request.toCommand());
        IssuedToken token = authentication.tokenFor(registered.userId(), registered.storeId());
        return ResponseEntity.created(URI.create("/api/v1/users/me"))
                .body(new RegistrationResponse(
                        registered.userId(), registered.storeId(), token.accessToken(), "Bearer", token.expiresIn()));
    }

    /**
     * Checks the fields of a sign-up form as they are filled in, with exactly the rules of {@link #register}: the
     * fields given (any subset; unknown names are ignored) and their problems, nothing stored and nothing said about
     * whether an e-mail address is taken. The web app's inline validation.
     */
    @PostMapping("/register/check")
    RegistrationCheck check(@RequestBody Map<String, String> fields) {
        List<FieldError> errors = new ArrayList<>();
        for (var field : fields.entrySet()) {
            if (!REGISTRATION_FIELDS.contains(field.getKey())) {
                continue;
            }
            Object value = field.getValue();
            if ("averageSpend".equals(field.getKey()) || "industry".equals(field.getKey())) {
                value = convert(field.getKey(), field.getValue(), errors);
                if (value == null
                        && field.getValue() != null
                        && !field.getValue().isBlank()) {
                    continue;
                }
            }
            validator.validateValue(RegistrationRequest.class, field.getKey(), value).stream()
                    .map(violation -> new FieldError(field.getKey(), violation.getMessage()))
                    .findFirst()
                    .ifPresent(errors::add);
        }
        if (fields.get("password") != null
                && errors.stream().noneMatch(e -> e.field().equals("password"))) {
            PasswordPolicy.violations(fields.get("password"), fields.getOrDefault("email", "")).stream()
                    .findFirst()
                    .ifPresent(problem -> errors.add(new FieldError("password", problem)));
        }
        return new RegistrationCheck(errors);
    }

    private static final java.util.Set<String> REGISTRATION_FIELDS = Arrays.stream(
                    RegistrationRequest.class.getRecordComponents())
            .map(java.lang.reflect.RecordComponent::getName)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static Object convert(String field, String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return "industry".equals(field) ? Industry.valueOf(text.strip()) : Long.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            errors.add(
                    new FieldError(field, "industry".equals(field) ? "is not a known industry" : "must be a number"));
            return null;
        }
    }

    record RegistrationCheck(List<FieldError> errors) {}

    @GetMapping("/me")
    ProfileResponse me(CurrentOwner owner) {
        return ProfileResponse.of(accounts.profile(owner.userId()));
    }

    @PutMapping("/me")
    ProfileResponse update(CurrentOwner owner, @Valid @RequestBody ProfileRequest request) {
        return ProfileResponse.of(accounts.updateProfile(owner.userId(), request.toCommand()));
    }

    /** The industries a store can be, with their Korean names, for sign-up forms. */
    @GetMapping("/industries")
    ResponseEntity<List<IndustryResponse>> industries() {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic())
                .body(Arrays.stream(Industry.values())
                        .map(i -> new IndustryResponse(i.name(), i.koreanName()))
                        .toList());
    }

    record RegistrationRequest(
            @NotBlank @Size(max = 50) @Pattern(regexp = NAME_PATTERN, message = "must contain only letters and spaces")
            String name,

            @NotBlank @KoreanPhone String phoneNumber,

            @NotBlank @Email(message = "must be an e-mail address") @Size(max = 254)
            String email,

            @StrongPassword String password,

            @NotBlank
            @Size(max = 100)
            @Pattern(regexp = "^[^<>\\p{Cntrl}]+$", message = "must not contain < > or control characters")
            String storeName,

            @NotNull(message = "is required") Industry industry,
            @NotBlank @Size(max = 200) @KoreanAddress String address,
            @ValidBusinessNumber String businessNumber,

            @NotNull(message = "is required")
            @Min(value = 100, message = "must be at least 100 won")
            @Max(value = 10_000_000, message = "must be at most 10,000,000 won")
            Long averageSpend) {

        RegisterOwner toCommand() {
            return new RegisterOwner(
                    name, phoneNumber, email, password, storeName, industry, address, businessNumber, averageSpend);
        }
    }

    record ProfileRequest(
            @NotBlank @Size(max = 50) @Pattern(regexp = NAME_PATTERN, message = "must contain only letters and spaces")
            String name,

            @NotBlank @KoreanPhone String phoneNumber,

            @NotBlank
            @Size(max = 100)
            @Pattern(regexp = "^[^<>\\p{Cntrl}]+$", message = "must not contain < > or control characters")
            String storeName,

            @NotNull(message = "is required") Industry industry,
            @NotBlank @Size(max = 200) @KoreanAddress String address,

            @NotNull(message = "is required")
            @Min(value = 100, message = "must be at least 100 won")
            @Max(value = 10_000_000, message = "must be at most 10,000,000 won")
            Long averageSpend) {

        UpdateProfile toCommand() {
            return new UpdateProfile(name, phoneNumber, storeName, industry, address, averageSpend);
        }
    }

    record RegistrationResponse(UUID userId, UUID storeId, String accessToken, String tokenType, long expiresIn) {}

    record IndustryResponse(String code, String name) {}

    record ProfileResponse(
            UUID userId,
            UUID storeId,
            String name,
            String phoneNumber,
            String email,
            String storeName,
            Industry industry,
            String industryName,
            String address,
            String region,
            String district,
            String businessNumber,
            long averageSpend,
            Instant createdAt,
            Instant updatedAt) {

        static ProfileResponse of(Profile profile) {
            var owner = profile.owner();
            var store = owner.store();
            return new ProfileResponse(
                    owner.userId(),
                    store.storeId(),
                    owner.name(),
                    owner.phone().national(),
                    owner.email(),
                    store.name(),
                    store.industry(),
                    store.industry().koreanName(),
                    store.address().text(),
                    store.address().region(),
                    store.address().district(),
                    store.businessNumber().formatted(),
                    store.averageSpend(),
                    profile.createdAt(),
                    profile.updatedAt());
        }
    }
}
