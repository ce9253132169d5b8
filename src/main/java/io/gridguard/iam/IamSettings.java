package io.gridguard.iam;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param tokenSecret      base64 HMAC key for bearer tokens (≥ 32 bytes); when empty one is generated under the data folder
 * @param tokenTtl         how long a bearer token lives
 * @param maxFailures      failed sign-ins allowed in {@code lockDuration} before the account or phone is locked
 * @param lockDuration     how long a lock lasts (and the window failures are counted in)
 * @param codeTtl          how long a resident's one-time code is valid
 * @param codeResendAfter  how soon a new code may be sent to the same phone
 * @param showCodes        show one-time codes on screen (demo only; never in production)
 * @param dataDir          where generated secrets are kept, outside the repository
 */
@ConfigurationProperties("gridguard.iam")
public record IamSettings(String tokenSecret,
                          @DefaultValue("1h") Duration tokenTtl,
                          @DefaultValue("5") int maxFailures,
                          @DefaultValue("15m") Duration lockDuration,
                          @DefaultValue("5m") Duration codeTtl,
                          @DefaultValue("60s") Duration codeResendAfter,
                          @DefaultValue("false") boolean showCodes,
                          @DefaultValue("./data") Path dataDir) {
}
