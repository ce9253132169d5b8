package io.gridguard.healthcode;

import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Policies district command can start from. They differ in what the rules here can express: quarantine
 * lengths (centralized + home), how long an arrival from a risk area counts, and whether secondary contacts
 * are tracked. (Hangzhou's February 2020 rule that a yellow code needs 7 and a red 14 consecutive days of
 * normal daily check-ins to turn green needs the daily check-ins of the quarantine issue; it is not modelled yet.)
 */
public enum PolicyPreset {
    /** 杭州 2020-02: 14 days centralized, arrivals count 14 days. */
    HANGZHOU_2020_02(14, 0, 14, true),
    /** 第八版防控方案: 14 days centralized + 7 days home monitoring. */
    NATIONAL_8TH(14, 7, 14, true),
    /** 第九版防控方案: 7 days centralized + 3 days home. */
    NATIONAL_9TH(7, 3, 7, true),
    /** 2022 "二十条": 5 + 3, secondary contacts no longer identified. */
    TWENTY_MEASURES_2022(5, 3, 7, false);

    private final int centralizedDays;
    private final int homeDays;
    private final int arrivalDays;
    private final boolean secondaryContacts;

    PolicyPreset(int centralizedDays, int homeDays, int arrivalDays, boolean secondaryContacts) {
        this.centralizedDays = centralizedDays;
        this.homeDays = homeDays;
        this.arrivalDays = arrivalDays;
        this.secondaryContacts = secondaryContacts;
    }

    public HealthPolicy apply(HealthPolicy base) {
        var yellow = EnumSet.copyOf(base.yellow());
        if (!secondaryContacts) {
            yellow.remove(FactKind.CONTACT_SECONDARY);
        } else {
            yellow.add(FactKind.CONTACT_SECONDARY);
        }
        Map<FactKind, Duration> windows = new EnumMap<>(FactKind.class);
        windows.putAll(base.windows());
        windows.put(FactKind.ARRIVAL_FROM_RISK_AREA, Duration.ofDays(arrivalDays));
        return new HealthPolicy(base.version(), base.red(), Set.copyOf(yellow), Map.copyOf(windows), base.clearedBy(),
                base.feverThreshold(), base.yellowPasses(), base.recheckClears(), centralizedDays, homeDays);
    }

    public String messageKey() {
        return "policy.preset." + name();
    }
}
