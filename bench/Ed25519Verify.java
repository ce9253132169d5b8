import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.time.Instant;

import io.gridguard.healthcode.Colour;
import io.gridguard.healthcode.TokenCheck;
import io.gridguard.healthcode.internal.CodeTokens;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PublicKeyFactory;

/**
 * Checking one QR token, same key, same run: its signature four ways — the JDK's Ed25519 verification; Bouncy Castle's
 * with the public key decoded for each token (the application until the nineteenth session) and decoded once; signing
 * the payload again and comparing (the platform until the twenty-first) — and the whole token as CodeTokens checks it
 * now: by the platform (its seal, HMAC-SHA256) and by a device (the signature, with the public key).
 */
public class Ed25519Verify {
    public static void main(String[] args) throws Exception {
        var pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] payload = "abcdefghijklmnopqrstuv|1795439913|1795440033|G|abcdefghijk".getBytes();
        var privateKey = (Ed25519PrivateKeyParameters) PrivateKeyFactory.createKey(pair.getPrivate().getEncoded());
        var publicKey = (Ed25519PublicKeyParameters) PublicKeyFactory.createKey(pair.getPublic().getEncoded());
        byte[] signature = sign(privateKey, payload);
        CodeTokens platform = CodeTokens.signingWith(pair.getPrivate(), pair.getPublic());
        CodeTokens device = CodeTokens.verifyingWith(pair.getPublic());
        Instant now = Instant.now();
        String token = platform.sign("abcdefghijklmnopqrstuv", now, now.plusSeconds(120), Colour.GREEN);
        int n = 3000;
        for (int round = 1; round <= 4; round++) {
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                Signature jdk = Signature.getInstance("Ed25519");
                jdk.initVerify(pair.getPublic());
                jdk.update(payload);
                check(jdk.verify(signature));
            }
            double jdk = micros(start, n);
            start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                check(verify((Ed25519PublicKeyParameters) PublicKeyFactory.createKey(pair.getPublic().getEncoded()), payload, signature));
            }
            double decodedEachTime = micros(start, n);
            start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                check(verify(publicKey, payload, signature));
            }
            double decodedOnce = micros(start, n);
            start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                check(MessageDigest.isEqual(sign(privateKey, payload), signature));
            }
            double signedAgain = micros(start, n);
            start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                check(platform.verify(token, now).status() == TokenCheck.Status.VALID);
            }
            double sealChecked = micros(start, n);
            start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                check(device.verify(token, now).status() == TokenCheck.Status.VALID);
            }
            double deviceChecked = micros(start, n);
            System.out.printf("round %d, µs per token: JDK verify %.0f; Bouncy Castle verify, key decoded each time %.0f, "
                    + "key decoded once %.0f; signed again and compared %.0f; CodeTokens.verify, the platform (seal) %.1f, "
                    + "a device (signature) %.0f%n", round, jdk, decodedEachTime, decodedOnce, signedAgain, sealChecked, deviceChecked);
        }
    }

    private static byte[] sign(Ed25519PrivateKeyParameters key, byte[] payload) {
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, key);
        signer.update(payload, 0, payload.length);
        return signer.generateSignature();
    }

    private static boolean verify(Ed25519PublicKeyParameters key, byte[] payload, byte[] signature) {
        Ed25519Signer verifier = new Ed25519Signer();
        verifier.init(false, key);
        verifier.update(payload, 0, payload.length);
        return verifier.verifySignature(signature);
    }

    private static void check(boolean verified) {
        if (!verified) {
            throw new AssertionError("a good signature refused");
        }
    }

    private static double micros(long start, int n) {
        return (System.nanoTime() - start) / 1000.0 / n;
    }
}
