package io.gridguard.shared.web;

import java.util.Optional;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;

/** Names the JSON field a parse error happened at ("temperature", "items[2].name"), when Jackson knows it. */
final class JsonFieldPath {

    private JsonFieldPath() {
    }

    static Optional<String> of(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
                String path = jackson.getPath().stream()
                        .map(ref -> ref.getPropertyName() != null ? "." + ref.getPropertyName() : "[" + ref.getIndex() + "]")
                        .collect(Collectors.joining());
                return Optional.of(path.startsWith(".") ? path.substring(1) : path);
            }
        }
        return Optional.empty();
    }
}
