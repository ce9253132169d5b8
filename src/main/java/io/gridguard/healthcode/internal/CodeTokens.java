package io.gridguard.healthcode.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.gridguard.healthcode.Colour;
import io.gridguard.healthcode.TokenCheck;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PublicKeyFactory;

/**
 * The QR token: {@code GG2.<payload>.<signature>.<seal>}, base64url, where the payload is
 * {@code reference|issued|expires|colour|nonce} (epoch seconds, colour initial, 8 random bytes base64url). It
 * carries no name, ID number or phone — only an opaque reference the platform maps back to a person. The nonce
 * makes every token distinct, even two issued to one person in the same second: a gate lets a token through once.
 *
 * <p>Two seals, for two readers. The signature is Ed25519 over the payload bytes, so that a gate device verifies a
 * token offline with the published public key ({@link #verifyingWith}); it is made with Bouncy Castle, several times
 * faster than the JDK's (bench/ed25519.sh). The seal is HMAC-SHA256 over the token's text up to it (prefix, payload
 * and signature), cut to 128 bits, under a key derived from the private key (HKDF-SHA256), so it needs no setting of
 * its own: the platform, which issues every token and checks every token scanned at its gates, checks the seal
 * instead of the signature. bench/ed25519.sh, 2026-12-06: 1–4 µs for the platform's whole check of a token, against
 * 25 µs for the cheapest Ed25519 check it had (signing the payload again) and 54 µs for Bouncy Castle's verification
 * (500 µs for the JDK's) in the same run. Only the platform can make a seal, and it makes one only
 * over a signature it has just made, so a sealed token is a signed one; a change to any byte of the text breaks the
 * seal (and the signature, if the change is in the payload or the signature).
 *
 * <p>Either way, only the base64 spelling the platform writes is accepted: the decoder ignores the unused low bits of
 * a part's last character, so up to 16 spellings decode alike, and each would be used up at the gates as another token.
 * An expired token is refused even when its seals hold. The keys stay the standard encodings (PKCS#8, X.509) and
 * are decoded once, not for every token (that cost up to 30 µs more a token).
 */
public final class CodeTokens {

    static final String PREFIX = "GG2.";
    private static final int SIGNATURE_BYTES = 64;
    private static final int SEAL_BYTES = 16;
    private static final byte[] SEAL_KEY_INFO = "GridGuard QR token seal, GG2".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9_-]{16,32}");
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Null when only verifying. */
    private final Ed25519PrivateKeyParameters signing;
    /**
     * HMAC-SHA256 under the seal key (null when only verifying), copied for each seal: a Mac serves one thread at a time,
     * and a copy costs less than a new one (a provider looked up, the key's pads computed). The JDK's rather than
     * Bouncy Castle's HMac, as the JDK computes SHA-256 with the processor's instructions: the platform's whole check
     * of a token took 1.1–1.2 µs instead of 2.7–3.0 (bench/ed25519.sh, one build after the other, 2026-12-06).
     */
    private final Mac sealing;
    private final Ed25519PublicKeyParameters verifying;

    private CodeTokens(Ed25519PrivateKeyParameters signing, Ed25519PublicKeyParameters verifying) {
        this.signing = signing;
        this.sealing = signing == null ? null : sealing(signing);
        this.verifying = verifying;
    }

    /** The platform's tokens: signed and sealed, checked by their seal. Refuses keys that are not a pair. */
    public static CodeTokens signingWith(PrivateKey signingKey, PublicKey publicKey) {
        Ed25519PrivateKeyParameters signing = (Ed25519PrivateKeyParameters) decoded(() -> PrivateKeyFactory.createKey(signingKey.getEncoded()));
        Ed25519PublicKeyParameters verifying = publicParameters(publicKey);
        if (!Arrays.equals(signing.generatePublicKey().getEncoded(), verifying.getEncoded())) {
            throw new IllegalArgumentException("the public key is not the signing key's: devices could not verify its tokens");
        }
        return new CodeTokens(signing, verifying);
    }

    /** What a gate device does offline: verify the signature with the published public key. */
    public static CodeTokens verifyingWith(PublicKey publicKey) {
        return new CodeTokens(null, publicParameters(publicKey));
    }

    public String sign(String reference, Instant issued, Instant expires, Colour colour) {
        if (signing == null) {
            throw new IllegalStateException("verifying only: no signing key");
        }
        byte[] nonce = new byte[8];
        RANDOM.nextBytes(nonce);
        String payload = reference + "|" + issued.getEpochSecond() + "|" + expires.getEpochSecond() + "|" + colour.name().charAt(0)
                + "|" + ENCODER.encodeToString(nonce);
        byte[] bytes = payload.getBytes(StandardCharsets.US_ASCII);
        String signed = PREFIX + ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(signature(bytes));
        return signed + "." + ENCODER.encodeToString(seal(signed));
    }

    public TokenCheck verify(String token, Instant now) {
        if (token == null || token.length() > 300 || !token.startsWith(PREFIX)) {
            return invalid();
        }
        String[] parts = token.substring(PREFIX.length()).split("\\.", -1);
        if (parts.length != 3) {
            return invalid();
        }
        try {
            byte[] payload = canonical(parts[0]);
            byte[] signature = canonical(parts[1]);
            byte[] seal = canonical(parts[2]);
            if (payload == null || signature == null || signature.length != SIGNATURE_BYTES || seal == null || seal.length != SEAL_BYTES
                    || !genuine(token.substring(0, token.length() - parts[2].length() - 1), payload, signature, seal)) {
                return invalid();
            }
            String[] fields = new String(payload, StandardCharsets.US_ASCII).split("\\|", -1);
            if (fields.length != 5 || !REFERENCE.matcher(fields[0]).matches()) {
                return invalid();
            }
            Instant expires = Instant.ofEpochSecond(Long.parseLong(fields[2]));
            Colour colour = switch (fields[3]) {
                case "G" -> Colour.GREEN;
                case "Y" -> Colour.YELLOW;
                case "R" -> Colour.RED;
                default -> null;
            };
            if (colour == null) {
                return invalid();
            }
            TokenCheck.Status status = now.isAfter(expires) ? TokenCheck.Status.EXPIRED : TokenCheck.Status.VALID;
            return new TokenCheck(status, fields[0], colour, expires);
        } catch (IllegalArgumentException e) {
            return invalid();
        }
    }

    /**
     * The part's bytes, or null when the part is not spelled as the platform spells them. Also makes the token's text
     * base64url alphabet and dots only, so its ASCII bytes, which the seal covers, are the text itself.
     */
    private static byte[] canonical(String part) {
        byte[] bytes = DECODER.decode(part);
        return ENCODER.encodeToString(bytes).equals(part) ? bytes : null;
    }

    private boolean genuine(String sealed, byte[] payload, byte[] signature, byte[] seal) {
        if (sealing != null) {
            return MessageDigest.isEqual(seal(sealed), seal);
        }
        Ed25519Signer verifier = new Ed25519Signer();
        verifier.init(false, verifying);
        verifier.update(payload, 0, payload.length);
        return verifier.verifySignature(signature);
    }

    private byte[] signature(byte[] payload) {
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, signing);
        signer.update(payload, 0, payload.length);
        return signer.generateSignature();
    }

    private byte[] seal(String sealed) {
        try {
            Mac mac = (Mac) sealing.clone();
            return Arrays.copyOf(mac.doFinal(sealed.getBytes(StandardCharsets.US_ASCII)), SEAL_BYTES);
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's HmacSHA256 can be copied", e);
        }
    }

    /** A key of its own for the seal (HKDF, RFC 5869), so that the signing key is never used as a MAC key itself. */
    private static Mac sealing(Ed25519PrivateKeyParameters signing) {
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
        hkdf.init(new HKDFParameters(signing.getEncoded(), null, SEAL_KEY_INFO));
        byte[] key = new byte[32];
        hkdf.generateBytes(key, 0, key.length);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }

    private static Ed25519PublicKeyParameters publicParameters(PublicKey publicKey) {
        return (Ed25519PublicKeyParameters) decoded(() -> PublicKeyFactory.createKey(publicKey.getEncoded()));
    }

    private interface Decoding {
        AsymmetricKeyParameter decode() throws IOException;
    }

    private static AsymmetricKeyParameter decoded(Decoding decoding) {
        try {
            AsymmetricKeyParameter key = decoding.decode();
            if (key instanceof Ed25519PrivateKeyParameters || key instanceof Ed25519PublicKeyParameters) {
                return key;
            }
            throw new IllegalArgumentException("not an Ed25519 key: " + key.getClass().getSimpleName());
        } catch (IOException e) {
            throw new IllegalArgumentException("not an Ed25519 key", e);
        }
    }

    private static TokenCheck invalid() {
        return new TokenCheck(TokenCheck.Status.INVALID, null, null, null);
    }
}
