package io.gridguard.tracing;

/** 本地 / 输入: an imported case names the region it came from. */
public enum CaseSource {
    LOCAL, IMPORTED;

    public String messageKey() {
        return "tracing.source." + name();
    }
}
