import java.security.KeyPairGenerator;
import java.security.Signature;

import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.util.PublicKeyFactory;

/** One Ed25519 verification of a QR token's payload, the JDK's against Bouncy Castle's, same key, same run. */
public class Ed25519Verify {
    public static void main(String[] args) throws Exception {
        var pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] payload = "abcdefghijklmnopqrstuv|1795439913|1795440033|G".getBytes();
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(pair.getPrivate());
        signer.update(payload);
        byte[] signature = signer.sign();
        int n = 3000;
        for (int round = 1; round <= 3; round++) {
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                Signature jdk = Signature.getInstance("Ed25519");
                jdk.initVerify(pair.getPublic());
                jdk.update(payload);
                if (!jdk.verify(signature)) throw new AssertionError();
            }
            double jdkMicros = (System.nanoTime() - start) / 1000.0 / n;
            start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                Ed25519Signer bc = new Ed25519Signer();
                bc.init(false, PublicKeyFactory.createKey(pair.getPublic().getEncoded()));
                bc.update(payload, 0, payload.length);
                if (!bc.verifySignature(signature)) throw new AssertionError();
            }
            double bcMicros = (System.nanoTime() - start) / 1000.0 / n;
            System.out.printf("round %d: JDK %.0f µs, Bouncy Castle %.0f µs per verification (%.1f× faster)%n",
                    round, jdkMicros, bcMicros, jdkMicros / bcMicros);
        }
    }
}
