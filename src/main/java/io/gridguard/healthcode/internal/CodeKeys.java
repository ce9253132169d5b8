package io.gridguard.healthcode.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

import io.gridguard.healthcode.HealthCodeSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The Ed25519 key pair that signs QR tokens. Asymmetric, so that a gate device can verify a code offline
 * with the public key alone. Configured in production; generated once into the data folder otherwise.
 */
@Component
public class CodeKeys {

    private static final Logger log = LoggerFactory.getLogger(CodeKeys.class);

    private final PublicKey publicKey;
    private final CodeTokens tokens;

    CodeKeys(HealthCodeSettings settings, Environment environment) {
        try {
            KeyFactory factory = KeyFactory.getInstance("Ed25519");
            String signing = settings.signingKey();
            String verifying = settings.publicKey();
            if (blank(signing) || blank(verifying)) {
                if (environment.acceptsProfiles(Profiles.of("prod"))) {
                    throw new IllegalStateException("The prod profile refuses a generated health-code key pair: set "
                            + "GRIDGUARD_HEALTHCODE_SIGNING_KEY and GRIDGUARD_HEALTHCODE_PUBLIC_KEY (base64 PKCS#8 / X.509 Ed25519).");
                }
                String[] pair = generated(settings.dataDir().resolve("secrets"));
                signing = pair[0];
                verifying = pair[1];
            }
            PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(signing.strip())));
            this.publicKey = factory.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(verifying.strip())));
            this.tokens = CodeTokens.signingWith(privateKey, publicKey);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The health-code key pair is not a valid Ed25519 pair", e);
        }
    }

    /** Signs and checks the QR tokens with this pair. */
    public CodeTokens tokens() {
        return tokens;
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    private static String[] generated(Path folder) throws GeneralSecurityException {
        Path privateFile = folder.resolve("healthcode-ed25519.key");
        Path publicFile = folder.resolve("healthcode-ed25519.pub");
        try {
            if (Files.exists(privateFile) && Files.exists(publicFile)) {
                return new String[]{Files.readString(privateFile), Files.readString(publicFile)};
            }
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            Files.createDirectories(folder);
            String privateText = Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
            String publicText = Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
            Files.writeString(privateFile, privateText);
            Files.writeString(publicFile, publicText);
            log.info("Generated a health-code signing key pair in {} (demo only)", folder);
            return new String[]{privateText, publicText};
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the health-code keys in " + folder, e);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
