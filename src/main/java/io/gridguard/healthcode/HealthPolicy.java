package io.gridguard.healthcode;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * The rules as data (DESIGN.md §7): which facts make a code red or yellow and for how long, the fever
 * threshold, and what a gate does with a yellow code. District command will edit and publish versions of it.
 *
 * @param red            facts that make a code red while they hold
 * @param yellow         facts that make a code yellow while they hold
 * @param windows        how long a fact counts after it happened when nothing clears it (e.g. arrival: 14 days)
 * @param clearedBy      facts that end earlier ones (a negative test ends a fever's yellow)
 * @param feverThreshold a temperature at or above this is a fever (°C)
 * @param yellowPasses   whether a yellow code passes a gate
 * @param recheckClears  the reasons an approved re-check may clear; others end only by release or a test
 * @param centralizedDays days of centralized quarantine for a close contact (the quarantine issue orders by it)
 * @param homeDays       days of home quarantine or monitoring that follow
 * @param yellowCheckInDays Hangzhou, February 2020: consecutive days of normal daily check-ins that end a yellow
 *                          reason of {@code checkInClears} (0: check-ins end nothing)
 * @param redCheckInDays    the same for a red reason
 * @param checkInClears     the reasons daily check-ins can end
 * @param contactWindowMinutes      co-presence: people at the same place within this many minutes either side of a
 *                                  case are suggested as its contacts
 * @param infectiousDaysBeforeOnset a case's infectious period, for co-presence, starts this many days before onset
 * @param lowRiskPool    testing: samples that share a tube for people with a green code (10 in 1)
 * @param mediumRiskPool the same for a yellow code (5 in 1)
 * @param highRiskPool   the same for a red code (1: each alone)
 * @param quarantineTestDays the days of a quarantine order on which a test is due (day 1 is its first day; DESIGN.md
 *                           §7: 1, 4, 7 and 14); an order shorter than the last takes those within it and its last day
 * @param riskThresholds     the risk map: the counts at which each indicator turns a compound or rental apartment yellow
 *                           and red (DESIGN.md §3 flow 6)
 */
public record HealthPolicy(int version, Set<FactKind> red, Set<FactKind> yellow, Map<FactKind, Duration> windows,
                           Map<FactKind, Set<FactKind>> clearedBy, BigDecimal feverThreshold, boolean yellowPasses,
                           Set<FactKind> recheckClears, int centralizedDays, int homeDays,
                           int yellowCheckInDays, int redCheckInDays, Set<FactKind> checkInClears,
                           Integer contactWindowMinutes, Integer infectiousDaysBeforeOnset,
                           Integer lowRiskPool, Integer mediumRiskPool, Integer highRiskPool,
                           java.util.List<Integer> quarantineTestDays, Map<RiskIndicator, RiskThreshold> riskThresholds) {

    static final int CONTACT_WINDOW_MINUTES = 30;
    static final int INFECTIOUS_DAYS_BEFORE_ONSET = 2;
    static final int LOW_RISK_POOL = 10;
    static final int MEDIUM_RISK_POOL = 5;
    static final int HIGH_RISK_POOL = 1;
    static final java.util.List<Integer> QUARANTINE_TEST_DAYS = java.util.List.of(1, 4, 7, 14);
    /**
     * Any case makes a place red and a person in home quarantine yellow; ten of them, or three overdue events, red; a
     * large floating population asks for attention; a place's size alone only when it is very large.
     */
    static final Map<RiskIndicator, RiskThreshold> RISK_THRESHOLDS = Map.of(
            RiskIndicator.HOUSEHOLDS, new RiskThreshold(2000, null),
            RiskIndicator.FLOATING, new RiskThreshold(500, 2000),
            RiskIndicator.HOME_QUARANTINE, new RiskThreshold(1, 10),
            RiskIndicator.CASES, new RiskThreshold(null, 1),
            RiskIndicator.OVERDUE_EVENTS, new RiskThreshold(1, 3));

    public HealthPolicy {
        // versions published before check-ins were part of the rules have none
        checkInClears = checkInClears == null ? Set.of() : checkInClears;
        // nor the tracing windows, which take DESIGN.md's values
        contactWindowMinutes = contactWindowMinutes == null ? CONTACT_WINDOW_MINUTES : contactWindowMinutes;
        infectiousDaysBeforeOnset = infectiousDaysBeforeOnset == null ? INFECTIOUS_DAYS_BEFORE_ONSET : infectiousDaysBeforeOnset;
        // nor the pool sizes, which were settings of the testing module then
        lowRiskPool = lowRiskPool == null ? LOW_RISK_POOL : lowRiskPool;
        mediumRiskPool = mediumRiskPool == null ? MEDIUM_RISK_POOL : mediumRiskPool;
        highRiskPool = highRiskPool == null ? HIGH_RISK_POOL : highRiskPool;
        // nor the test schedule of quarantine orders
        quarantineTestDays = quarantineTestDays == null ? QUARANTINE_TEST_DAYS
                : quarantineTestDays.stream().distinct().sorted().toList();
        // nor the risk map's thresholds; an indicator left out never colours a place
        var given = riskThresholds == null ? RISK_THRESHOLDS : riskThresholds;
        var all = new java.util.EnumMap<RiskIndicator, RiskThreshold>(RiskIndicator.class);
        for (RiskIndicator indicator : RiskIndicator.values()) {
            all.put(indicator, given.getOrDefault(indicator, new RiskThreshold(null, null)));
        }
        riskThresholds = java.util.Collections.unmodifiableMap(all);
    }

    /** How many samples share a tube for a person whose code has this colour. */
    public int poolSize(Colour colour) {
        return switch (colour) {
            case GREEN -> lowRiskPool;
            case YELLOW -> mediumRiskPool;
            case RED -> highRiskPool;
        };
    }

    public Duration contactWindow() {
        return Duration.ofMinutes(contactWindowMinutes);
    }

    /** A copy as a new, not yet published version. */
    public HealthPolicy asVersion(int newVersion) {
        return new HealthPolicy(newVersion, red, yellow, windows, clearedBy, feverThreshold, yellowPasses, recheckClears,
                centralizedDays, homeDays, yellowCheckInDays, redCheckInDays, checkInClears, contactWindowMinutes,
                infectiousDaysBeforeOnset, lowRiskPool, mediumRiskPool, highRiskPool, quarantineTestDays, riskThresholds);
    }

    /** The days of an order of this length on which a test is due: the policy's days within it, and its last day. */
    public java.util.List<Integer> testDaysFor(int orderDays) {
        java.util.TreeSet<Integer> days = new java.util.TreeSet<>();
        quarantineTestDays.stream().filter(d -> d <= orderDays).forEach(days::add);
        if (orderDays > 0) {
            days.add(orderDays);
        }
        return java.util.List.copyOf(days);
    }


    /** Consecutive normal check-in days that end a reason of this colour, or 0. */
    public int checkInDays(Colour colour) {
        return colour == Colour.RED ? redCheckInDays : colour == Colour.YELLOW ? yellowCheckInDays : 0;
    }

    /** The defaults of DESIGN.md §7. */
    public static HealthPolicy defaults() {
        return new HealthPolicy(1,
                Set.of(FactKind.CASE_CONFIRMED, FactKind.CASE_SUSPECTED, FactKind.CONTACT_CLOSE,
                        FactKind.CENTRALIZED_QUARANTINE, FactKind.TEST_POSITIVE, FactKind.POOL_POSITIVE),
                Set.of(FactKind.CONTACT_SECONDARY, FactKind.HOME_QUARANTINE, FactKind.HEALTH_MONITORING,
                        FactKind.FEVER_AT_GATE, FactKind.ARRIVAL_FROM_RISK_AREA, FactKind.TEST_MISSED, FactKind.CHECK_IN_ABNORMAL,
                        FactKind.CONTACT_SUSPECTED),
                Map.of(FactKind.ARRIVAL_FROM_RISK_AREA, Duration.ofDays(14), FactKind.TEST_MISSED, Duration.ofDays(3),
                        FactKind.FEVER_AT_GATE, Duration.ofDays(14), FactKind.CHECK_IN_ABNORMAL, Duration.ofDays(14)),
                Map.of(FactKind.FEVER_AT_GATE, Set.of(FactKind.TEST_NEGATIVE), FactKind.TEST_POSITIVE, Set.of(FactKind.TEST_NEGATIVE),
                        FactKind.POOL_POSITIVE, Set.of(FactKind.TEST_NEGATIVE),
                        FactKind.TEST_MISSED, Set.of(FactKind.TEST_NEGATIVE), FactKind.CHECK_IN_ABNORMAL, Set.of(FactKind.TEST_NEGATIVE)),
                new BigDecimal("37.3"), false,
                Set.of(FactKind.ARRIVAL_FROM_RISK_AREA, FactKind.TEST_MISSED, FactKind.CONTACT_SECONDARY, FactKind.FEVER_AT_GATE),
                14, 0, 0, 0, Set.of(), CONTACT_WINDOW_MINUTES, INFECTIOUS_DAYS_BEFORE_ONSET,
                LOW_RISK_POOL, MEDIUM_RISK_POOL, HIGH_RISK_POOL, QUARANTINE_TEST_DAYS, RISK_THRESHOLDS);
    }

    public boolean isFever(BigDecimal temperature) {
        return temperature.compareTo(feverThreshold) >= 0;
    }
}
