package io.gridguard.healthcode;

import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Policies district command can start from. They differ in what the rules here can express: quarantine
 * lengths (centralized + home), how long an arrival from a risk area counts, and whether secondary contacts
 * are tracked, and whether daily check-ins end a code (Hangzhou, February 2020: a yellow code turned green after 7
 * and a red after 14 consecutive days of normal daily check-ins; the national plans end codes by release and tests).
 */
public enum PolicyPreset {
    /** 杭州 2020-02: 14 days centralized, arrivals count 14 days. */
    HANGZHOU_2020_02(14, 0, 14, true, 7, 14, java.util.List.of(1, 4, 7, 14)),
    /** 第八版防控方案: 14 days centralized + 7 days home monitoring. */
    NATIONAL_8TH(14, 7, 14, true, 0, 0, java.util.List.of(1, 4, 7, 14)),
    /** 第九版防控方案: 7 days centralized (tests on days 1, 2, 3, 5, 7) + 3 days home. */
    NATIONAL_9TH(7, 3, 7, true, 0, 0, java.util.List.of(1, 2, 3, 5, 7)),
    /** 2022 "二十条": 5 + 3 (tests on each of the 5 days), secondary contacts no longer identified. */
    TWENTY_MEASURES_2022(5, 3, 7, false, 0, 0, java.util.List.of(1, 2, 3, 4, 5));

    /** What Hangzhou's check-ins could end: self-declared and contact-based codes, not cases, tests or centralized quarantine. */
    static final Set<FactKind> CHECK_IN_CLEARS = Set.of(FactKind.ARRIVAL_FROM_RISK_AREA, FactKind.CONTACT_SECONDARY,
            FactKind.CONTACT_CLOSE, FactKind.HOME_QUARANTINE, FactKind.HEALTH_MONITORING, FactKind.FEVER_AT_GATE,
            FactKind.CHECK_IN_ABNORMAL);

    private final int centralizedDays;
    private final int homeDays;
    private final int arrivalDays;
    private final boolean secondaryContacts;
    private final int yellowCheckInDays;
    private final int redCheckInDays;
    private final java.util.List<Integer> testDays;

    PolicyPreset(int centralizedDays, int homeDays, int arrivalDays, boolean secondaryContacts, int yellowCheckInDays,
                 int redCheckInDays, java.util.List<Integer> testDays) {
        this.testDays = testDays;
        this.yellowCheckInDays = yellowCheckInDays;
        this.redCheckInDays = redCheckInDays;
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
        yellow.add(FactKind.CHECK_IN_ABNORMAL);
        Map<FactKind, Duration> windows = new EnumMap<>(FactKind.class);
        windows.putAll(base.windows());
        windows.put(FactKind.ARRIVAL_FROM_RISK_AREA, Duration.ofDays(arrivalDays));
        windows.putIfAbsent(FactKind.CHECK_IN_ABNORMAL, Duration.ofDays(14));
        boolean checkIns = yellowCheckInDays > 0 || redCheckInDays > 0;
        return new HealthPolicy(base.version(), base.red(), Set.copyOf(yellow), Map.copyOf(windows), base.clearedBy(),
                base.feverThreshold(), base.yellowPasses(), base.recheckClears(), centralizedDays, homeDays,
                yellowCheckInDays, redCheckInDays, checkIns ? CHECK_IN_CLEARS : Set.of(), base.contactWindowMinutes(),
                base.infectiousDaysBeforeOnset(), base.lowRiskPool(), base.mediumRiskPool(), base.highRiskPool(), testDays, base.riskThresholds());
    }

    public String messageKey() {
        return "policy.preset." + name();
    }
}
