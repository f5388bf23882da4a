package com.kt.eventmarketing.user.auth;

import com.kt.eventmarketing.common.crypto.PersonalDataCipher;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ES256 key pairs that sign access tokens. The newest unretired key signs; every unretired key
 * is published in the JWKS so tokens signed just before a rotation stay verifiable. Generated on
 * first start and kept in the database (private part encrypted), so restarts and replicas share it;
 * an advisory lock stops two replicas from each generating one.
 */
class SigningKeys {

    private static final String CONTEXT = "signing_keys.private_key";
    private static final long GENERATION_LOCK = 0x4b54_4a57_4b53L;

    private final ECKey signingKey;
    private final JWKSet publicKeys;

    SigningKeys(JdbcClient jdbc, TransactionTemplate transactions, PersonalDataCipher cipher, Clock clock) {
        List<ECKey> keys = transactions.execute(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(:lock)")
                    .param("lock", GENERATION_LOCK)
                    .query()
                    .singleRow();
            List<ECKey> existing = load(jdbc, cipher);
            if (!existing.isEmpty()) {
                return existing;
            }
            ECKey generated = generate();
            jdbc.sql("INSERT INTO signing_keys (key_id, private_key_encrypted, public_jwk, created_at)"
                            + " VALUES (:kid, :private, :public, :at)")
                    .param("kid", generated.getKeyID())
                    .param("private", cipher.encrypt(generated.toJSONString(), CONTEXT))
                    .param("public", generated.toPublicJWK().toJSONString())
                    .param("at", Timestamp.from(clock.instant()))
                    .update();
            return List.of(generated);
        });
        this.signingKey = keys.getFirst();
        this.publicKeys = new JWKSet(keys.stream()
                .map(k -> (com.nimbusds.jose.jwk.JWK) k.toPublicJWK())
                .toList());
    }

    private static List<ECKey> load(JdbcClient jdbc, PersonalDataCipher cipher) {
        return jdbc.sql(
                        "SELECT private_key_encrypted FROM signing_keys WHERE retired_at IS NULL ORDER BY created_at DESC")
                .query((rs, n) -> parse(cipher.decrypt(rs.getString(1), CONTEXT)))
                .list();
    }

    private static ECKey parse(String json) {
        try {
            return ECKey.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("Stored signing key is unreadable", e);
        }
    }

    private static ECKey generate() {
        try {
            return new ECKeyGenerator(Curve.P_256)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.ES256)
                    .keyIDFromThumbprint(true)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate a signing key", e);
        }
    }

    ECKey signingKey() {
        return signingKey;
    }

    /** The JWKS document: public keys only. */
    JWKSet publicKeys() {
        return publicKeys;
    }
}
