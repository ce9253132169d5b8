package io.gridguard.checkpoint.internal;

import java.time.Instant;

import io.gridguard.checkpoint.internal.ScanRepository.TokenUse;
import io.gridguard.shared.Hashes;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenUseTests {

    /** Migration V36 turned the hex hashes kept before into UUIDs by their first 32 digits: a token used then is still known. */
    @Test
    void aTokensUuidIsTheFirst128BitsOfTheSha256KeptBefore() {
        String token = "GG2.cGF5bG9hZA.c2lnbmF0dXJl.c2VhbA";
        assertThat(TokenUse.of(token, Instant.EPOCH).hash().toString().replace("-", ""))
                .isEqualTo(Hashes.sha256(token).substring(0, 32));
        assertThat(TokenUse.of(token + "x", Instant.EPOCH).hash()).isNotEqualTo(TokenUse.of(token, Instant.EPOCH).hash());
    }
}
