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
 * @param remembered how long an instance keeps a code it has read; a change made on another instance reaches
 *                   this one's gates within this time (changes made here are seen at once)
 */
@ConfigurationProperties("gridguard.healthcode")
public record HealthCodeSettings(String signingKey, String publicKey,
                                 @DefaultValue("2m") Duration tokenTtl,
                                 @DefaultValue("./data") Path dataDir,
                                 @DefaultValue("Asia/Shanghai") java.time.ZoneId zone,
                                 @DefaultValue("10s") Duration remembered) {
}
