package io.gridguard.healthcode;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param signingKey base64 PKCS#8 Ed25519 private key; with {@code publicKey} (base64 X.509). When both are empty a
 *                   pair is generated under the data folder — refused by the {@code prod} profile.
 * @param tokenTtl   how long a QR token is valid; the resident's page fetches a new one before it runs out
 * @param zone       the district's time zone: a declared arrival date starts at midnight there
 * @param remembered how long at most an instance keeps a code it has read. Changes are seen at once whichever
 *                   instance makes them (on PostgreSQL every instance hears them, see {@code ChangeFeed}), so
 *                   this only bounds how long a code nobody changes is kept before it is read again
 */
@ConfigurationProperties("gridguard.healthcode")
public record HealthCodeSettings(String signingKey, String publicKey,
                                 @DefaultValue("2m") Duration tokenTtl,
                                 @DefaultValue("./data") Path dataDir,
                                 @DefaultValue("Asia/Shanghai") java.time.ZoneId zone,
                                 @DefaultValue("30m") Duration remembered) {
}
