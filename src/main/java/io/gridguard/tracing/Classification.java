package io.gridguard.tracing;

import io.gridguard.healthcode.FactKind;

/** 确诊 / 疑似 / 无症状感染者: each turns the code red, a suspected case by its own reason. */
public enum Classification {
    CONFIRMED, SUSPECTED, ASYMPTOMATIC;

    FactKind fact() {
        return this == SUSPECTED ? FactKind.CASE_SUSPECTED : FactKind.CASE_CONFIRMED;
    }

    public String messageKey() {
        return "tracing.classification." + name();
    }
}
