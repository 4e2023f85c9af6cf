package com.memberpulse.support.support;

import com.memberpulse.support.devstack.KeycloakServer;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.common.util.MultivaluedHashMap;
import org.keycloak.representations.idm.ComponentRepresentation;
import org.keycloak.representations.idm.KeysMetadataRepresentation;

/**
 * Mints access tokens for tests with a test RSA key that the real Keycloak of the test stack publishes in
 * its JWKS (registered once per JVM as an extra, lower-priority realm key). So the API validates them
 * exactly as it validates Keycloak's own tokens, and each claim can be bent to test one refusal at a time.
 */
public final class TestTokens {

    private static TestTokens instance;

    private final String issuer;
    private final KeyPair key;
    private final String keyId;

    private TestTokens(String issuer, KeyPair key, String keyId) {
        this.issuer = issuer;
        this.key = key;
        this.keyId = keyId;
    }

    public static synchronized TestTokens get() {
        if (instance == null) {
            KeycloakServer keycloak = TestStack.get().keycloak();
            KeyPair key = newRsaKey();
            instance = new TestTokens(keycloak.issuerUri(), key, register(keycloak, key));
        }
        return instance;
    }

    /** A valid token for a user with these roles (e.g. "ROLE_MEMBER") in this tenant (null for none). */
    public String token(String tenant, String... roles) {
        return sign(claims(tenant, roles).build());
    }

    /** A token built from the valid claims after {@code change}, signed with the registered test key. */
    public String token(String tenant, List<String> roles, UnaryOperator<JWTClaimsSet.Builder> change) {
        return sign(change.apply(claims(tenant, roles.toArray(String[]::new))).build());
    }

    public JWTClaimsSet.Builder claims(String tenant, String... roles) {
        Date now = new Date();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(List.of(KeycloakServer.API_CLIENT_ID))
                .subject(UUID.randomUUID().toString())
                .issueTime(now)
                .notBeforeTime(now)
                .expirationTime(new Date(now.getTime() + 300_000))
                .claim("preferred_username", "test.user")
                .claim("name", "Test User")
                .claim("email", "test.user@example.org")
                .claim("realm_access", Map.of("roles", List.of(roles)));
        if (tenant != null) {
            claims.claim("tenant", tenant);
        }
        return claims;
    }

    public String sign(JWTClaimsSet claims) {
        return signWith(key, keyId, claims);
    }

    /** The same claims signed by a key Keycloak has never seen. */
    public String signWithUnknownKey(JWTClaimsSet claims) {
        return signWith(newRsaKey(), keyId, claims);
    }

    /** An unsigned token ({@code alg: none}). */
    public String unsigned(JWTClaimsSet claims) {
        return new PlainJWT(claims).serialize();
    }

    /** The classic confusion attack: HS256 with the server's public RSA key as the HMAC secret. */
    public String hs256WithPublicKey(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(keyId).type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new MACSigner(key.getPublic().getEncoded()));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String signWith(KeyPair pair, String kid, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner((RSAPrivateKey) pair.getPrivate()));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair newRsaKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds the key to the realm (priority below Keycloak's own, so Keycloak keeps signing with its key) and returns its kid. */
    private static String register(KeycloakServer server, KeyPair key) {
        try (Keycloak admin = KeycloakBuilder.builder()
                .serverUrl(server.baseUrl()).realm("master").clientId("admin-cli")
                .username(server.bootstrapAdminUsername()).password(server.bootstrapAdminPassword())
                .build()) {
            var realm = admin.realm(KeycloakServer.REALM);
            String pem = "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.getPrivate().getEncoded())
                    + "\n-----END PRIVATE KEY-----";
            ComponentRepresentation component = new ComponentRepresentation();
            component.setName("memberpulse-test-key");
            component.setProviderId("rsa");
            component.setProviderType("org.keycloak.keys.KeyProvider");
            component.setParentId(realm.toRepresentation().getId());
            MultivaluedHashMap<String, String> config = new MultivaluedHashMap<>();
            config.putSingle("privateKey", pem);
            config.putSingle("priority", "-100");
            config.putSingle("enabled", "true");
            config.putSingle("active", "true");
            config.putSingle("algorithm", "RS256");
            component.setConfig(config);
            try (var response = realm.components().add(component)) {
                if (response.getStatus() != 201) {
                    throw new IllegalStateException("Keycloak refused the test key: HTTP " + response.getStatus());
                }
            }
            String publicKey = Base64.getEncoder().encodeToString(key.getPublic().getEncoded());
            return realm.keys().getKeyMetadata().getKeys().stream()
                    .filter(k -> publicKey.equals(k.getPublicKey()))
                    .map(KeysMetadataRepresentation.KeyMetadataRepresentation::getKid)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("The test key is not among the realm's keys"));
        }
    }
}
