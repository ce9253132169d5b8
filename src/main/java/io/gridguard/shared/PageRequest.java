package io.gridguard.shared;

/** A requested page, clamped to sane bounds so that no caller can ask for a million rows at once. */
public record PageRequest(int page, int size) {

    public PageRequest {
        page = Math.max(0, page);
        size = size <= 0 ? PageOf.DEFAULT_SIZE : Math.min(size, PageOf.MAX_SIZE);
    }

    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 0 : page, size == null ? PageOf.DEFAULT_SIZE : size);
    }

    public long offset() {
        return (long) page * size;
    }
}
