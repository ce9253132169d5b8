import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.IntStream;

import io.gridguard.healthcode.Colour;
import io.gridguard.healthcode.internal.CodeTokens;

/**
 * QR tokens for bench/gate-scans.sh, made as the platform issues them (CodeTokens, the running instance's key pair
 * from its data folder), without a request each: fetching them through the API gave about 1,500 a second, a fifth of
 * what the gates use up, so the token runs were few and their tokens old.
 *
 * <pre>java -cp target/classes:DEPENDENCIES bench/MintTokens.java SECRETS REFERENCES COUNT TTL_SECONDS OUT</pre>
 * REFERENCES holds a line {@code reference|COLOUR} per person; the tokens name them in turn, one a line in OUT.
 */
public class MintTokens {
    public static void main(String[] args) throws Exception {
        Path secrets = Path.of(args[0]);
        KeyFactory ed25519 = KeyFactory.getInstance("Ed25519");
        PrivateKey signing = ed25519.generatePrivate(new PKCS8EncodedKeySpec(decoded(secrets.resolve("healthcode-ed25519.key"))));
        PublicKey verifying = ed25519.generatePublic(new X509EncodedKeySpec(decoded(secrets.resolve("healthcode-ed25519.pub"))));
        CodeTokens tokens = CodeTokens.signingWith(signing, verifying);
        List<String[]> people = Files.readAllLines(Path.of(args[1])).stream().filter(line -> !line.isBlank())
                .map(line -> line.split("\\|")).toList();
        int count = Integer.parseInt(args[2]);
        Instant now = Instant.now();
        Instant expires = now.plusSeconds(Long.parseLong(args[3]));
        String[] minted = new String[count];
        IntStream.range(0, count).parallel().forEach(i -> {
            String[] person = people.get(i % people.size());
            minted[i] = tokens.sign(person[0], now, expires, Colour.valueOf(person[1]));
        });
        Files.write(Path.of(args[4]), Arrays.asList(minted));
    }

    private static byte[] decoded(Path file) throws Exception {
        return Base64.getDecoder().decode(Files.readString(file).strip());
    }
}
