package io.gridguard.healthcode.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Pattern;

import io.gridguard.healthcode.Colour;
import io.gridguard.healthcode.TokenCheck;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PublicKeyFactory;

/**
 * The QR token: {@code GG1.<payload>.<signature>}, base64url, where the payload is
 * {@code reference|issued|expires|colour|nonce} (epoch seconds, colour initial, 8 random bytes base64url). It
 * carries no name, ID number or phone — only an opaque reference the platform maps back to a person. The nonce
 * makes every token distinct, even two issued to one person in the same second: a gate lets a token through once. Any change to a byte breaks the
 * Ed25519 signature, and only the base64 spelling the platform writes is accepted (another spelling of the same bytes
 * would be used up at the gates as another token); an expired token is refused even when its signature holds.
 *
 * <p>Signatures are made and checked with Bouncy Castle's Ed25519, several times faster than the JDK's
 * (bench/ed25519.sh, 2026-12-06: 0.1 ms against 0.8 ms a verification) — at a busy gate every scan of a QR code pays
 * one. The keys stay the standard encodings (PKCS#8, X.509), so a device may verify with any Ed25519 implementation;
 * they are decoded once, not for every token (that cost up to 30 µs more a token).
 *
 * <p>The platform, which holds the private key, checks a token by signing its payload again and comparing the two
 * signatures in constant time, instead of verifying with the public key: about 40 µs against 100 on this project's
 * machine (bench/ed25519.sh). It accepts exactly the tokens the platform signed. Ed25519 signing is deterministic (RFC 8032: the
 * same key and payload always give the same signature), so every token issued here compares equal; and a signature
 * that is not the one this key makes for its payload is one nobody without the private key can make that verifies —
 * Ed25519 is unforgeable, also against a second signature for a payload already signed — so refusing it refuses
 * nothing genuine. A gate device, which has only the public key, verifies ({@link #verifyingWith}).
 */
public final class CodeTokens {

    static final String PREFIX = "GG1.";
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9_-]{16,32}");
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Null when only verifying. */
    private final Ed25519PrivateKeyParameters signing;
    private final Ed25519PublicKeyParameters verifying;

    private CodeTokens(Ed25519PrivateKeyParameters signing, Ed25519PublicKeyParameters verifying) {
        this.signing = signing;
        this.verifying = verifying;
    }

    /** The platform's tokens: signed with the private key, checked by signing again. Refuses keys that are not a pair. */
    public static CodeTokens signingWith(PrivateKey signingKey, PublicKey publicKey) {
        Ed25519PrivateKeyParameters signing = (Ed25519PrivateKeyParameters) decoded(() -> PrivateKeyFactory.createKey(signingKey.getEncoded()));
        Ed25519PublicKeyParameters verifying = publicParameters(publicKey);
        if (!Arrays.equals(signing.generatePublicKey().getEncoded(), verifying.getEncoded())) {
            throw new IllegalArgumentException("the public key is not the signing key's: devices could not verify its tokens");
        }
        return new CodeTokens(signing, verifying);
    }

    /** What a gate device does offline: verify with the published public key. */
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
        return PREFIX + ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(signature(bytes));
    }

    public TokenCheck verify(String token, Instant now) {
        if (token == null || token.length() > 300 || !token.startsWith(PREFIX)) {
            return invalid();
        }
        String[] parts = token.substring(PREFIX.length()).split("\\.", -1);
        if (parts.length != 2) {
            return invalid();
        }
        try {
            byte[] payload = DECODER.decode(parts[0]);
            byte[] signature = DECODER.decode(parts[1]);
            // The decoder ignores the unused low bits of a last base64 character: up to 16 spellings of one token
            // decode alike, and each would be used up separately at the gates. Only the one this platform writes counts.
            if (!ENCODER.encodeToString(payload).equals(parts[0]) || !ENCODER.encodeToString(signature).equals(parts[1])
                    || !signed(payload, signature)) {
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

    private boolean signed(byte[] payload, byte[] signature) {
        if (signing != null) {
            return MessageDigest.isEqual(signature(payload), signature);
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
