package io.gridguard.iam.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import io.gridguard.iam.IamSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The HMAC key that signs bearer tokens. Configured ({@code gridguard.iam.token-secret}, from the
 * environment in production), or generated on first start and kept in the data folder, outside the
 * repository. The {@code prod} profile refuses the generated (demo) key: production must bring its own.
 */
@Component
public class TokenKey {

    private static final Logger log = LoggerFactory.getLogger(TokenKey.class);
    static final String FILE = "secrets/token-secret";

    private final SecretKey key;

    TokenKey(IamSettings settings, Environment environment) {
        boolean production = environment.acceptsProfiles(Profiles.of("prod"));
        String configured = settings.tokenSecret();
        if (configured == null || configured.isBlank()) {
            if (production) {
                throw new IllegalStateException("The prod profile refuses the generated demo signing key: "
                        + "set GRIDGUARD_IAM_TOKEN_SECRET to a base64 key of at least 32 bytes.");
            }
            configured = generatedSecret(settings.dataDir().resolve(FILE));
        }
        byte[] bytes = Base64.getDecoder().decode(configured.strip());
        if (bytes.length < 32) {
            throw new IllegalStateException("gridguard.iam.token-secret must be a base64 key of at least 32 bytes");
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    public SecretKey key() {
        return key;
    }

    private static String generatedSecret(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file);
            }
            Files.createDirectories(file.getParent());
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            String secret = Base64.getEncoder().encodeToString(bytes);
            Files.writeString(file, secret);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system; the folder's permissions are all there is
            }
            log.info("Generated a token signing key at {} (demo only; production sets GRIDGUARD_IAM_TOKEN_SECRET)", file);
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the token signing key at " + file, e);
        }
    }
}
