package com.kt.eventmarketing.participation.registration.web;

import com.kt.eventmarketing.contracts.participation.EntryChannel;
import com.kt.eventmarketing.participation.registration.domain.PersonName;
import com.kt.eventmarketing.participation.registration.domain.PhoneNumber;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.Locale;

/** Bean Validation constraints backed by the domain rules, so one 400 lists every bad field. */
final class EntryConstraints {

    private EntryConstraints() {}

    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = KoreanMobile.Validator.class)
    @interface KoreanMobile {
        String message() default "must be a Korean mobile number, e.g. 010-1234-5678";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Validator implements ConstraintValidator<KoreanMobile, String> {
            @Override
            public boolean isValid(String value, ConstraintValidatorContext context) {
                if (value == null || value.isBlank()) {
                    context.disableDefaultConstraintViolation();
                    context.buildConstraintViolationWithTemplate("is required").addConstraintViolation();
                    return false;
                }
                return PhoneNumber.parse(value).isPresent();
            }
        }
    }

    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = ValidName.Validator.class)
    @interface ValidName {
        String message() default "is not a valid name";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Validator implements ConstraintValidator<ValidName, String> {
            @Override
            public boolean isValid(String value, ConstraintValidatorContext context) {
                return PersonName.problemOf(value)
                        .map(problem -> {
                            context.disableDefaultConstraintViolation();
                            context.buildConstraintViolationWithTemplate(problem)
                                    .addConstraintViolation();
                            return false;
                        })
                        .orElse(true);
            }
        }
    }

    /** Absent means DIRECT; present, it must name an entry channel. */
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = EntryChannelName.Validator.class)
    @interface EntryChannelName {
        String message() default "must be one of {channels}";

        String channels() default
                "URIDONGNE_TV, RINGO_BIZ, GENIE_TV, INSTAGRAM, NAVER_BLOG, KAKAO_CHANNEL, SMS, EMAIL, STORE, DIRECT";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Validator implements ConstraintValidator<EntryChannelName, String> {
            @Override
            public boolean isValid(String value, ConstraintValidatorContext context) {
                return value == null
                        || Arrays.stream(EntryChannel.values())
                                .anyMatch(c -> c.name().equals(value.strip().toUpperCase(Locale.ROOT)));
            }
        }
    }
}
