package com.kt.eventmarketing.user.account;

import com.kt.eventmarketing.common.crypto.PersonalDataCipher;
import com.kt.eventmarketing.user.account.domain.Address;
import com.kt.eventmarketing.user.account.domain.BusinessNumber;
import com.kt.eventmarketing.user.account.domain.Industry;
import com.kt.eventmarketing.user.account.domain.Owner;
import com.kt.eventmarketing.user.account.domain.PhoneNumber;
import com.kt.eventmarketing.user.account.domain.Store;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Owners and stores in PostgreSQL. The phone number is stored encrypted only. */
@Repository
class Accounts {

    private static final String PHONE_CONTEXT = "users.phone";

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    Accounts(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    void insert(Owner owner, String passwordHash, Instant now) {
        Timestamp at = Timestamp.from(now);
        jdbc.sql("""
                        INSERT INTO users (user_id, name, email, phone_encrypted, password_hash, password_changed_at,
                                           created_at, updated_at)
                        VALUES (:id, :name, :email, :phone, :hash, :at, :at, :at)""")
                .param("id", owner.userId())
                .param("name", owner.name())
                .param("email", owner.email())
                .param("phone", cipher.encrypt(owner.phone().e164(), PHONE_CONTEXT))
                .param("hash", passwordHash)
                .param("at", at)
                .update();
        Store store = owner.store();
        jdbc.sql("""
                        INSERT INTO stores (store_id, user_id, store_name, industry, address, region, district,
                                            business_number, average_spend, created_at, updated_at)
                        VALUES (:id, :user, :name, :industry, :address, :region, :district, :bn, :spend, :at, :at)""")
                .param("id", store.storeId())
                .param("user", owner.userId())
                .param("name", store.name())
                .param("industry", store.industry().name())
                .param("address", store.address().text())
                .param("region", store.address().region())
                .param("district", store.address().district())
                .param("bn", store.businessNumber().digits())
                .param("spend", store.averageSpend())
                .param("at", at)
                .update();
    }

    boolean emailTaken(String email) {
        return jdbc.sql("SELECT count(*) FROM users WHERE email = :email")
                        .param("email", email)
                        .query(Long.class)
                        .single()
                > 0;
    }

    boolean businessNumberTaken(BusinessNumber number) {
        return jdbc.sql("SELECT count(*) FROM stores WHERE business_number = :bn")
                        .param("bn", number.digits())
                        .query(Long.class)
                        .single()
                > 0;
    }

    Optional<Owner> find(UUID userId) {
        return jdbc.sql(SELECT_OWNER + " WHERE u.user_id = :id")
                .param("id", userId)
                .query(this::owner)
                .optional();
    }

    Optional<Timestamps> timestamps(UUID userId) {
        return jdbc.sql("SELECT u.created_at, greatest(u.updated_at, s.updated_at) AS updated_at FROM users u"
                        + " JOIN stores s ON s.user_id = u.user_id WHERE u.user_id = :id")
                .param("id", userId)
                .query((rs, n) -> new Timestamps(
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("updated_at").toInstant()))
                .optional();
    }

    Optional<Credentials> credentials(String email) {
        return jdbc.sql("SELECT u.user_id, s.store_id, u.password_hash FROM users u"
                        + " JOIN stores s ON s.user_id = u.user_id WHERE u.email = :email")
                .param("email", email)
                .query((rs, n) -> new Credentials(
                        rs.getObject("user_id", UUID.class),
                        rs.getObject("store_id", UUID.class),
                        rs.getString("password_hash")))
                .optional();
    }

    Optional<String> passwordHash(UUID userId) {
        return jdbc.sql("SELECT password_hash FROM users WHERE user_id = :id")
                .param("id", userId)
                .query(String.class)
                .optional();
    }

    void update(Owner owner, Instant now) {
        Timestamp at = Timestamp.from(now);
        jdbc.sql("UPDATE users SET name = :name, phone_encrypted = :phone, updated_at = :at WHERE user_id = :id")
                .param("name", owner.name())
                .param("phone", cipher.encrypt(owner.phone().e164(), PHONE_CONTEXT))
                .param("at", at)
                .param("id", owner.userId())
                .update();
        Store store = owner.store();
        jdbc.sql("""
                        UPDATE stores SET store_name = :name, industry = :industry, address = :address, region = :region,
                                          district = :district, average_spend = :spend, updated_at = :at
                        WHERE store_id = :id""")
                .param("name", store.name())
                .param("industry", store.industry().name())
                .param("address", store.address().text())
                .param("region", store.address().region())
                .param("district", store.address().district())
                .param("spend", store.averageSpend())
                .param("at", at)
                .param("id", store.storeId())
                .update();
    }

    void changePassword(UUID userId, String passwordHash, Instant now) {
        jdbc.sql("UPDATE users SET password_hash = :hash, password_changed_at = :at, updated_at = :at"
                        + " WHERE user_id = :id")
                .param("hash", passwordHash)
                .param("at", Timestamp.from(now))
                .param("id", userId)
                .update();
    }

    record Timestamps(Instant createdAt, Instant updatedAt) {}

    private static final String SELECT_OWNER = """
            SELECT u.user_id, u.name, u.email, u.phone_encrypted, s.store_id, s.store_name, s.industry, s.address,
                   s.region, s.district, s.business_number, s.average_spend
            FROM users u JOIN stores s ON s.user_id = u.user_id""";

    private Owner owner(ResultSet rs, int row) throws SQLException {
        Store store = new Store(
                rs.getObject("store_id", UUID.class),
                rs.getString("store_name"),
                Industry.valueOf(rs.getString("industry")),
                new Address(rs.getString("address"), rs.getString("region"), rs.getString("district")),
                new BusinessNumber(rs.getString("business_number")),
                rs.getLong("average_spend"));
        return new Owner(
                rs.getObject("user_id", UUID.class),
                rs.getString("name"),
                rs.getString("email"),
                new PhoneNumber(cipher.decrypt(rs.getString("phone_encrypted"), PHONE_CONTEXT)),
                store);
    }
}
