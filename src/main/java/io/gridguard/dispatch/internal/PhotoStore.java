package io.gridguard.dispatch.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;

import io.gridguard.dispatch.DispatchSettings;
import io.gridguard.shared.Problem;
import org.springframework.stereotype.Component;

/**
 * Event photos as files under the configured folder, one folder per event, named by a random id: the database keeps
 * the names. The type is read from the bytes (JPEG, PNG, WebP), never from the name or the declared type.
 */
@Component
public class PhotoStore {

    private final DispatchSettings settings;

    PhotoStore(DispatchSettings settings) {
        this.settings = settings;
    }

    /** The extension for the bytes' type, or empty when they are no photo this accepts. */
    public static Optional<String> type(byte[] bytes) {
        if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return Optional.of("jpg");
        }
        if (bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            return Optional.of("png");
        }
        if (bytes.length > 12 && bytes[0] == 'R' && bytes[1] == 'I' && bytes[2] == 'F' && bytes[3] == 'F' && bytes[8] == 'W'
                && bytes[9] == 'E' && bytes[10] == 'B' && bytes[11] == 'P') {
            return Optional.of("webp");
        }
        return Optional.empty();
    }

    /** Checks a photo before anything is written: its type and size. */
    public String check(byte[] bytes, String fileName) {
        if (bytes == null || bytes.length == 0) {
            throw new Problem.Invalid("photos", "event.photo.empty", fileName == null ? "" : fileName);
        }
        if (bytes.length > settings.mostPhotoBytes()) {
            throw new Problem.Invalid("photos", "event.photo.tooBig", fileName == null ? "" : fileName, settings.mostPhotoBytes() / 1024 / 1024);
        }
        return type(bytes).orElseThrow(() -> new Problem.Invalid("photos", "event.photo.type", fileName == null ? "" : fileName));
    }

    /** Writes a checked photo and answers its stored name. */
    public String store(long eventId, byte[] bytes, String extension) {
        String name = UUID.randomUUID() + "." + extension;
        try {
            Path folder = Files.createDirectories(settings.photoDir().resolve(String.valueOf(eventId)));
            Files.write(folder.resolve(name), bytes);
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<byte[]> read(long eventId, String name) {
        if (!name.matches("[0-9a-f-]{36}\\.(jpg|png|webp)")) {
            return Optional.empty();
        }
        Path file = settings.photoDir().resolve(String.valueOf(eventId)).resolve(name);
        try {
            return Files.exists(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
