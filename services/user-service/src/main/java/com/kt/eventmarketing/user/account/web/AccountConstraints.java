package com.kt.eventmarketing.user.account.web;

import com.kt.eventmarketing.user.account.PhoneNumbers;
import com.kt.eventmarketing.user.account.domain.Address;
import com.kt.eventmarketing.user.account.domain.BusinessNumber;
import com.kt.eventmarketing.user.account.domain.PasswordPolicy;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Optional;

/**
 * Bean Validation constraints backed by the domain rules, so one 400 names every bad field at once
 * (format and business rules alike).
 */
final class AccountConstraints {

    private AccountConstraints() {}

    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = ValidBusinessNumber.Validator.class)
    @interface ValidBusinessNumber {
        String message() default "is not a valid business registration number";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Validator implements ConstraintValidator<ValidBusinessNumber, String> {
            @Override
            public boolean isValid(String value, ConstraintValidatorContext context) {
                return report(BusinessNumber.problemOf(value).map(List::of).orElse(List.of()), context);
            }
        }
    }

    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = StrongPassword.Validator.class)
    @interface StrongPassword {
        String message() default "is too weak";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Validator implements ConstraintValidator<StrongPassword, String> {
            @Override
            public boolean isValid(String value, ConstraintValidatorContext context) {
                return report(PasswordPolicy.violations(value, null), context);
            }
        }
    }

    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = KoreanPhone.Validator.class)
    @interface KoreanPhone {
        String message() default "must be a Korean phone number, e.g. 010-1234-5678";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Validator implements ConstraintValidator<KoreanPhone, String> {
            @Override
            public boolean isValid(String value, ConstraintValidatorContext context) {
                return PhoneNumbers.parse(value).isPresent();
            }
        }
    }

    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = KoreanAddress.Validator.class)
    @interface KoreanAddress {
        String message() default "is not a Korean address";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Validator implements ConstraintValidator<KoreanAddress, String> {
            @Override
            public boolean isValid(String value, ConstraintValidatorContext context) {
                Optional<String> problem = Address.problemOf(value);
                return report(problem.map(List::of).orElse(List.of()), context);
            }
        }
    }

    private static boolean report(List<String> problems, ConstraintValidatorContext context) {
        if (problems.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(escape(String.join("; ", problems)))
                .addConstraintViolation();
        return false;
    }

    private static String escape(String message) {
        return message.replace("\\", "\\\\")
                .replace("{", "\\{")
                .replace("}", "\\}")
                .replace("$", "\\$");
    }
}
