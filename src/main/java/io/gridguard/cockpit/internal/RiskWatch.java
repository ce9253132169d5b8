package io.gridguard.cockpit.internal;

import io.gridguard.cockpit.RiskMap;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Evaluates the risk map on a schedule (gridguard.cockpit.risk-map-every, one minute by default). */
@Component
class RiskWatch {

    private final RiskMap map;

    RiskWatch(RiskMap map) {
        this.map = map;
    }

    @Scheduled(initialDelayString = "PT5S", fixedDelayString = "${gridguard.cockpit.risk-map-every:PT1M}")
    void evaluate() {
        map.evaluate();
    }
}
