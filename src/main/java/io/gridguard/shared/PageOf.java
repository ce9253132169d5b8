package io.gridguard.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, in the shape every list endpoint answers:
 * {@code {"items": [...], "page": 0, "size": 50, "total": N}}.
 */
public record PageOf<T>(List<T> items, int page, int size, long total) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    public <R> PageOf<R> map(Function<T, R> mapper) {
        return new PageOf<>(items.stream().map(mapper).toList(), page, size, total);
    }

    public int pages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
