package com.kt.eventmarketing.user.account;

import com.kt.eventmarketing.common.error.ProblemException;
import com.kt.eventmarketing.common.error.ProblemException.FieldError;
import com.kt.eventmarketing.contracts.StoreSnapshot;
import com.kt.eventmarketing.contracts.user.StoreUpdated;
import com.kt.eventmarketing.contracts.user.UserRegistered;
import com.kt.eventmarketing.user.account.domain.Address;
import com.kt.eventmarketing.user.account.domain.BusinessNumber;
import com.kt.eventmarketing.user.account.domain.Owner;
import com.kt.eventmarketing.user.account.domain.PasswordPolicy;
import com.kt.eventmarketing.user.account.domain.PhoneNumber;
import com.kt.eventmarketing.user.account.domain.Store;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Owner accounts: sign-up with the store, profile, password. Every change and the integration event
 * telling the other services about it commit together (outbox).
 */
@Service
public class AccountManagement {

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountManagement(Accounts accounts, PasswordEncoder passwords, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Registered register(RegisterOwner command) {
        String email = normalizeEmail(command.email());
        List<FieldError> errors = new ArrayList<>();
        PasswordPolicy.violations(command.password(), email)
                .forEach(problem -> errors.add(new FieldError("password", problem)));
        PhoneNumber phone = phone(command.phoneNumber(), errors);
        Address address = address(command.address(), errors);
        Optional<String> businessProblem = BusinessNumber.problemOf(command.businessNumber());
        businessProblem.ifPresent(problem -> errors.add(new FieldError("businessNumber", problem)));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        BusinessNumber businessNumber = BusinessNumber.parse(command.businessNumber());
        if (accounts.emailTaken(email)) {
            throw emailTaken();
        }
        if (accounts.businessNumberTaken(businessNumber)) {
            throw businessNumberTaken();
        }
        Store store = new Store(
                UUID.randomUUID(),
                command.storeName().strip(),
                command.industry(),
                address,
                businessNumber,
                command.averageSpend());
        Owner owner = new Owner(UUID.randomUUID(), command.name().strip(), email, phone, store);
        try {
            accounts.insert(owner, passwords.encode(command.password()), clock.instant());
        } catch (DuplicateKeyException raced) {
            // a concurrent sign-up won between the check and the insert
            throw raced.getMessage() != null && raced.getMessage().contains("business_number")
                    ? businessNumberTaken()
                    : emailTaken();
        }
        events.publishEvent(UserRegistered.of(owner.userId(), snapshot(store)));
        return new Registered(owner.userId(), store.storeId());
    }

    @Transactional(readOnly = true)
    public Profile profile(UUID userId) {
        Owner owner = accounts.find(userId).orElseThrow(() -> ProblemException.notFound("Account", userId));
        Accounts.Timestamps times = accounts.timestamps(userId).orElseThrow();
        return new Profile(owner, times.createdAt(), times.updatedAt());
    }

    @Transactional
    public Profile updateProfile(UUID userId, UpdateProfile command) {
        Owner current = accounts.find(userId).orElseThrow(() -> ProblemException.notFound("Account", userId));
        List<FieldError> errors = new ArrayList<>();
        PhoneNumber phone = phone(command.phoneNumber(), errors);
        Address address = address(command.address(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Store store = new Store(
                current.store().storeId(),
                command.storeName().strip(),
                command.industry(),
                address,
                current.store().businessNumber(),
                command.averageSpend());
        Owner updated = new Owner(userId, command.name().strip(), current.email(), phone, store);
        accounts.update(updated, clock.instant());
        if (store.differsFrom(current.store())) {
            events.publishEvent(StoreUpdated.of(userId, snapshot(store)));
        }
        return profile(userId);
    }

    /**
     * Changes the password after checking the current one.
     *
     * @return when it changed: tokens issued before are to be revoked
     */
    @Transactional
    public Instant changePassword(UUID userId, String currentPassword, String newPassword) {
        String hash = accounts.passwordHash(userId).orElseThrow(() -> ProblemException.notFound("Account", userId));
        if (currentPassword == null || !passwords.matches(currentPassword, hash)) {
            throw ProblemException.invalid("currentPassword", "is not your current password");
        }
        Owner owner = accounts.find(userId).orElseThrow();
        List<FieldError> errors = new ArrayList<>();
        PasswordPolicy.violations(newPassword, owner.email())
                .forEach(problem -> errors.add(new FieldError("newPassword", problem)));
        if (newPassword != null && newPassword.equals(currentPassword)) {
            errors.add(new FieldError("newPassword", "must differ from the current password"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Instant now = clock.instant();
        accounts.changePassword(userId, passwords.encode(newPassword), now);
        return now;
    }

    /** The credentials behind an e-mail address, for login. */
    @Transactional(readOnly = true)
    public Optional<Credentials> credentials(String email) {
        return email == null ? Optional.empty() : accounts.credentials(normalizeEmail(email));
    }

    private static StoreSnapshot snapshot(Store store) {
        return new StoreSnapshot(
                store.storeId(),
                store.name(),
                store.industry().name(),
                store.address().text(),
                store.address().region(),
                store.address().district(),
                store.averageSpend());
    }

    static String normalizeEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    private static PhoneNumber phone(String text, List<FieldError> errors) {
        Optional<PhoneNumber> phone = PhoneNumbers.parse(text);
        if (phone.isEmpty()) {
            errors.add(new FieldError("phoneNumber", "must be a Korean phone number, e.g. 010-1234-5678"));
        }
        return phone.orElse(null);
    }

    private static Address address(String text, List<FieldError> errors) {
        Optional<String> problem = Address.problemOf(text);
        problem.ifPresent(p -> errors.add(new FieldError("address", p)));
        return problem.isEmpty() ? Address.parse(text) : null;
    }

    private static ProblemException emailTaken() {
        return ProblemException.conflict("email-taken", "An account with this e-mail address already exists.");
    }

    private static ProblemException businessNumberTaken() {
        return ProblemException.conflict(
                "business-number-taken", "A store with this business registration number is already registered.");
    }

    /** An owner's account as shown to that owner. */
    public record Profile(Owner owner, Instant createdAt, Instant updatedAt) {}
}
