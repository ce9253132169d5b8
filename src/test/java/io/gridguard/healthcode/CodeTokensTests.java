package io.gridguard.healthcode;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import io.gridguard.healthcode.internal.CodeTokens;
import io.gridguard.support.Respelled;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every case is checked both ways: by the platform (the seal) and by a gate device (the signature, with the public key). */
class CodeTokensTests {

    private static final Instant NOW = Instant.parse("2020-02-10T08:00:00Z");
    private static final String REF = "AbCdEfGhIjKlMnOpQrStUv";
    /** The order of Ed25519's group: a signature's S must be below it. */
    private static final BigInteger L = BigInteger.TWO.pow(252).add(new BigInteger("27742317777372353535851937790883648493"));

    private final KeyPair keys = pair();
    private final CodeTokens platform = CodeTokens.signingWith(keys.getPrivate(), keys.getPublic());
    private final CodeTokens device = CodeTokens.verifyingWith(keys.getPublic());
    private final String token = platform.sign(REF, NOW, NOW.plus(Duration.ofMinutes(2)), Colour.GREEN);

    private List<TokenCheck.Status> checked(String token, Instant at) {
        return List.of(platform.verify(token, at).status(), device.verify(token, at).status());
    }

    @Test
    void aFreshTokenIsValidAndNamesOnlyTheReference() {
        for (CodeTokens checker : List.of(platform, device)) {
            var check = checker.verify(token, NOW.plusSeconds(30));
            assertThat(check.status()).isEqualTo(TokenCheck.Status.VALID);
            assertThat(check.reference()).isEqualTo(REF);
            assertThat(check.colourAtIssue()).isEqualTo(Colour.GREEN);
        }
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertThat(payload).matches(REF + "\\|" + NOW.getEpochSecond() + "\\|" + NOW.plusSeconds(120).getEpochSecond() + "\\|G\\|[A-Za-z0-9_-]{11}");
    }

    @Test
    void theSignatureIsAStandardEd25519OneTheJdkVerifies() throws Exception {
        String[] parts = token.substring(4).split("\\.");
        Signature jdk = Signature.getInstance("Ed25519");
        jdk.initVerify(keys.getPublic());
        jdk.update(Base64.getUrlDecoder().decode(parts[0]));
        assertThat(jdk.verify(Base64.getUrlDecoder().decode(parts[1]))).isTrue();
    }

    /**
     * The seal as the format defines it, computed here with Bouncy Castle's HKDF and HMac: whatever computes it in the
     * platform, a token sealed before an upgrade still holds after it.
     */
    @Test
    void theSealIsHmacSha256UnderAKeyDerivedFromTheSigningKeyCutTo16Bytes() throws Exception {
        var signing = (Ed25519PrivateKeyParameters) PrivateKeyFactory.createKey(keys.getPrivate().getEncoded());
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
        hkdf.init(new HKDFParameters(signing.getEncoded(), null, "GridGuard QR token seal, GG2".getBytes(StandardCharsets.US_ASCII)));
        byte[] key = new byte[32];
        hkdf.generateBytes(key, 0, key.length);
        HMac mac = new HMac(new SHA256Digest());
        mac.init(new KeyParameter(key));
        byte[] sealed = token.substring(0, token.lastIndexOf('.')).getBytes(StandardCharsets.US_ASCII);
        mac.update(sealed, 0, sealed.length);
        byte[] full = new byte[32];
        mac.doFinal(full, 0);
        assertThat(token.substring(token.lastIndexOf('.') + 1))
                .isEqualTo(Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(full, 16)));
    }

    @Test
    void twoTokensIssuedInTheSameSecondDifferSoEachCanBeUsedUpOnItsOwn() {
        String second = platform.sign(REF, NOW, NOW.plus(Duration.ofMinutes(2)), Colour.GREEN);
        assertThat(second).isNotEqualTo(token);
        assertThat(checked(second, NOW)).containsOnly(TokenCheck.Status.VALID);
    }

    @Test
    void anExpiredTokenIsRefusedEvenWithAGoodSignature() {
        assertThat(checked(token, NOW.plusSeconds(121))).containsOnly(TokenCheck.Status.EXPIRED);
    }

    @Test
    void anAlteredPayloadBreaksTheSignature() {
        String[] parts = token.split("\\.");
        String red = new String(Base64.getUrlDecoder().decode(parts[1])).replace("|G", "|R");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(red.getBytes()) + "." + parts[2] + "." + parts[3];
        assertThat(checked(forged, NOW)).containsOnly(TokenCheck.Status.INVALID);
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused() {
        KeyPair otherPair = pair();
        String other = CodeTokens.signingWith(otherPair.getPrivate(), otherPair.getPublic()).sign(REF, NOW, NOW.plusSeconds(120), Colour.GREEN);
        assertThat(checked(other, NOW)).containsOnly(TokenCheck.Status.INVALID);
    }

    /** S + L is the same point arithmetic: a lax verifier would accept it; a second signature must not pass. */
    @Test
    void aSecondSignatureMadeFromTheFirstIsRefused() {
        String[] parts = token.split("\\.");
        byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
        byte[] s = new byte[32];
        for (int i = 0; i < 32; i++) {
            s[i] = signature[63 - i]; // little-endian → big-endian
        }
        byte[] bigger = new BigInteger(1, s).add(L).toByteArray();
        byte[] malleated = signature.clone();
        for (int i = 0; i < 32; i++) {
            malleated[32 + i] = i < bigger.length ? bigger[bigger.length - 1 - i] : 0;
        }
        assertThat(malleated).isNotEqualTo(signature);
        String second = parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(malleated) + "." + parts[3];
        assertThat(checked(second, NOW)).containsOnly(TokenCheck.Status.INVALID);
    }

    /** Up to 16 spellings decode to the same bytes: each would hash differently and be used up on its own at the gates. */
    @Test
    void anotherSpellingOfTheSameBytesIsRefused() {
        for (int part = 1; part <= 3; part++) {
            String respelled = Respelled.part(token, part);
            assertThat(respelled).isNotEqualTo(token);
            assertThat(Base64.getUrlDecoder().decode(respelled.split("\\.")[part])).as("the same bytes in part " + part)
                    .isEqualTo(Base64.getUrlDecoder().decode(token.split("\\.")[part]));
            assertThat(checked(respelled, NOW)).as("part " + part).containsOnly(TokenCheck.Status.INVALID);
        }
    }

    /** The platform checks the seal, which only it can make; a device, which cannot, checks the signature. */
    @Test
    void thePlatformRefusesABrokenSealThatADeviceCannotCheck() {
        String[] parts = token.split("\\.");
        byte[] seal = Base64.getUrlDecoder().decode(parts[3]);
        seal[0] ^= 1;
        String resealed = parts[0] + "." + parts[1] + "." + parts[2] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(seal);
        assertThat(platform.verify(resealed, NOW).status()).isEqualTo(TokenCheck.Status.INVALID);
        assertThat(device.verify(resealed, NOW).status()).as("its signature is genuine").isEqualTo(TokenCheck.Status.VALID);

        KeyPair otherPair = pair();
        String sealedElsewhere = CodeTokens.signingWith(otherPair.getPrivate(), otherPair.getPublic()).sign(REF, NOW, NOW.plusSeconds(120), Colour.GREEN);
        String[] other = sealedElsewhere.split("\\.");
        String ourSignatureTheirSeal = parts[0] + "." + parts[1] + "." + parts[2] + "." + other[3];
        assertThat(platform.verify(ourSignatureTheirSeal, NOW).status()).isEqualTo(TokenCheck.Status.INVALID);
    }

    @Test
    void garbageIsInvalidNotAnError() {
        String[] parts = token.split("\\.");
        String shortSignature = parts[0] + "." + parts[1] + "." + parts[2].substring(0, 40) + "." + parts[3];
        String unsealed = parts[0] + "." + parts[1] + "." + parts[2];
        String firstFormat = "GG1." + parts[1] + "." + parts[2];
        String longSeal = token + "AAAA";
        for (String junk : new String[]{null, "", "GG2.", "GG2.a.b.c", "GG2.!!!.???.***", "hello", "GG2." + "x".repeat(400),
                shortSignature, unsealed, firstFormat, longSeal, token + ".", token + "é"}) {
            assertThat(checked(junk, NOW)).as(String.valueOf(junk)).containsOnly(TokenCheck.Status.INVALID);
        }
    }

    @Test
    void aDeviceCannotSignAndThePlatformRefusesKeysThatAreNotAPair() {
        assertThatThrownBy(() -> device.sign(REF, NOW, NOW.plusSeconds(60), Colour.GREEN)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> CodeTokens.signingWith(keys.getPrivate(), pair().getPublic()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not the signing key's");
    }

    private static KeyPair pair() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
