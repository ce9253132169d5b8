package io.gridguard.quarantine;

import io.gridguard.healthcode.FactKind;

/** 集中隔离, 居家隔离, 健康监测: each reports its own fact to the health code while the order is active. */
public enum OrderKind {
    CENTRALIZED, HOME, MONITORING;

    public FactKind fact() {
        return switch (this) {
            case CENTRALIZED -> FactKind.CENTRALIZED_QUARANTINE;
            case HOME -> FactKind.HOME_QUARANTINE;
            case MONITORING -> FactKind.HEALTH_MONITORING;
        };
    }

    /** Whether the person stays at home (a household's door sensor and thermometer count, social workers bring what they need). */
    public boolean atHome() {
        return this != CENTRALIZED;
    }

    public String messageKey() {
        return "quarantine.kind." + name();
    }
}
