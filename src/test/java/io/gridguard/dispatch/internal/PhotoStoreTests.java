package io.gridguard.dispatch.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.gridguard.dispatch.DispatchSettings;
import io.gridguard.shared.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhotoStoreTests {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0};

    @Test
    void theTypeComesFromTheBytesNotTheName() {
        assertThat(PhotoStore.type(PNG)).contains("png");
        assertThat(PhotoStore.type(JPEG)).contains("jpg");
        assertThat(PhotoStore.type("RIFF1234WEBPVP8 ".getBytes(StandardCharsets.US_ASCII))).contains("webp");
        assertThat(PhotoStore.type("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(PhotoStore.type(new byte[]{(byte) 0xFF})).isEmpty();
    }

    @Test
    void aStoredPhotoIsReadBackAndNamesFromOutsideCannotLeaveItsFolder(@TempDir Path dir) throws Exception {
        PhotoStore store = new PhotoStore(new DispatchSettings(dir, 1024, 6, java.time.ZoneId.of("Asia/Shanghai")));
        String name = store.store(7, PNG, store.check(PNG, "a.png"));
        assertThat(store.read(7, name)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(PNG));
        Files.writeString(dir.resolve("secret.txt"), "x");
        assertThat(store.read(7, "../secret.txt")).isEmpty();
        assertThat(store.read(8, name)).as("another event's folder").isEmpty();
    }

    @Test
    void wrongOrLargePhotosAreRefusedBeforeAnythingIsWritten(@TempDir Path dir) {
        PhotoStore store = new PhotoStore(new DispatchSettings(dir, 8, 6, java.time.ZoneId.of("Asia/Shanghai")));
        assertThatThrownBy(() -> store.check(PNG, "big.png")).isInstanceOf(Problem.Invalid.class)
                .extracting(e -> ((Problem.Invalid) e).fieldErrors().getFirst().messageKey()).isEqualTo("event.photo.tooBig");
        assertThatThrownBy(() -> store.check("text".getBytes(StandardCharsets.UTF_8), "x.jpg"))
                .extracting(e -> ((Problem.Invalid) e).fieldErrors().getFirst().messageKey()).isEqualTo("event.photo.type");
        assertThat(dir.toFile().list()).isEmpty();
    }
}
