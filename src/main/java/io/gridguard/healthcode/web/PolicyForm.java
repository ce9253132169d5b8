package io.gridguard.healthcode.web;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import io.gridguard.healthcode.FactKind;
import io.gridguard.healthcode.HealthPolicy;
import io.gridguard.healthcode.PolicyPreset;

/** The policy page's form: the parts of a policy district command edits (a JavaBean, for form binding). */
public class PolicyForm {

    private Set<FactKind> red = EnumSet.noneOf(FactKind.class);
    private Set<FactKind> yellow = EnumSet.noneOf(FactKind.class);
    private Set<FactKind> recheckClears = EnumSet.noneOf(FactKind.class);
    private int arrivalDays;
    private int testMissedDays;
    private int feverDays;
    private BigDecimal feverThreshold;
    private boolean yellowPasses;
    private int centralizedDays;
    private int homeDays;
    private int yellowCheckInDays;
    private int redCheckInDays;
    private Set<FactKind> checkInClears = EnumSet.noneOf(FactKind.class);
    private int contactWindowMinutes;
    private int lowRiskPool;
    private String quarantineTestDays;
    private int mediumRiskPool;
    private int highRiskPool;
    private int infectiousDaysBeforeOnset;
    /** Risk map thresholds by indicator name; an empty field never colours a place. */
    private Map<String, Integer> riskYellow = new java.util.LinkedHashMap<>();
    private Map<String, Integer> riskRed = new java.util.LinkedHashMap<>();
    private PolicyPreset preset;
    private String note;

    static PolicyForm of(HealthPolicy p, PolicyPreset preset) {
        var f = new PolicyForm();
        f.red = copy(p.red());
        f.yellow = copy(p.yellow());
        f.recheckClears = copy(p.recheckClears());
        f.arrivalDays = days(p, FactKind.ARRIVAL_FROM_RISK_AREA);
        f.testMissedDays = days(p, FactKind.TEST_MISSED);
        f.feverDays = days(p, FactKind.FEVER_AT_GATE);
        f.feverThreshold = p.feverThreshold();
        f.yellowPasses = p.yellowPasses();
        f.centralizedDays = p.centralizedDays();
        f.homeDays = p.homeDays();
        f.yellowCheckInDays = p.yellowCheckInDays();
        f.redCheckInDays = p.redCheckInDays();
        f.checkInClears = copy(p.checkInClears());
        f.contactWindowMinutes = p.contactWindowMinutes();
        f.infectiousDaysBeforeOnset = p.infectiousDaysBeforeOnset();
        f.lowRiskPool = p.lowRiskPool();
        f.quarantineTestDays = p.quarantineTestDays().stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
        f.mediumRiskPool = p.mediumRiskPool();
        f.highRiskPool = p.highRiskPool();
        p.riskThresholds().forEach((indicator, threshold) -> {
            f.riskYellow.put(indicator.name(), threshold.yellowAt());
            f.riskRed.put(indicator.name(), threshold.redAt());
        });
        f.preset = preset;
        return f;
    }

    /** The candidate: what the form says, the rest (what clears what) as in the policy in force. */
    HealthPolicy toPolicy(HealthPolicy inForce) {
        Map<FactKind, Duration> windows = new EnumMap<>(FactKind.class);
        windows.put(FactKind.ARRIVAL_FROM_RISK_AREA, Duration.ofDays(arrivalDays));
        windows.put(FactKind.TEST_MISSED, Duration.ofDays(testMissedDays));
        windows.put(FactKind.FEVER_AT_GATE, Duration.ofDays(feverDays));
        inForce.windows().forEach(windows::putIfAbsent);
        return new HealthPolicy(inForce.version(), Set.copyOf(red), Set.copyOf(yellow), Map.copyOf(windows), inForce.clearedBy(),
                feverThreshold, yellowPasses, Set.copyOf(recheckClears), centralizedDays, homeDays,
                yellowCheckInDays, redCheckInDays, Set.copyOf(checkInClears), contactWindowMinutes, infectiousDaysBeforeOnset,
                lowRiskPool, mediumRiskPool, highRiskPool,
                quarantineTestDays == null ? inForce.quarantineTestDays() : testDays(), riskThresholds(inForce));
    }

    /** What the form says of each indicator; an indicator the form does not carry keeps the policy's thresholds. */
    private Map<io.gridguard.healthcode.RiskIndicator, io.gridguard.healthcode.RiskThreshold> riskThresholds(HealthPolicy inForce) {
        var thresholds = new EnumMap<io.gridguard.healthcode.RiskIndicator, io.gridguard.healthcode.RiskThreshold>(
                io.gridguard.healthcode.RiskIndicator.class);
        inForce.riskThresholds().forEach((indicator, threshold) -> thresholds.put(indicator,
                riskYellow.containsKey(indicator.name()) || riskRed.containsKey(indicator.name())
                        ? new io.gridguard.healthcode.RiskThreshold(riskYellow.get(indicator.name()), riskRed.get(indicator.name()))
                        : threshold));
        return thresholds;
    }

    private static Set<FactKind> copy(Set<FactKind> kinds) {
        return kinds.isEmpty() ? EnumSet.noneOf(FactKind.class) : EnumSet.copyOf(kinds);
    }

    private static int days(HealthPolicy p, FactKind kind) {
        return (int) p.windows().getOrDefault(kind, Duration.ZERO).toDays();
    }

    public Set<FactKind> getRed() { return red; }
    public void setRed(Set<FactKind> red) { this.red = red == null ? EnumSet.noneOf(FactKind.class) : red; }
    public Set<FactKind> getYellow() { return yellow; }
    public void setYellow(Set<FactKind> yellow) { this.yellow = yellow == null ? EnumSet.noneOf(FactKind.class) : yellow; }
    public Set<FactKind> getRecheckClears() { return recheckClears; }
    public void setRecheckClears(Set<FactKind> recheckClears) { this.recheckClears = recheckClears == null ? EnumSet.noneOf(FactKind.class) : recheckClears; }
    public int getArrivalDays() { return arrivalDays; }
    public void setArrivalDays(int arrivalDays) { this.arrivalDays = arrivalDays; }
    public int getTestMissedDays() { return testMissedDays; }
    public void setTestMissedDays(int testMissedDays) { this.testMissedDays = testMissedDays; }
    public int getFeverDays() { return feverDays; }
    public void setFeverDays(int feverDays) { this.feverDays = feverDays; }
    public BigDecimal getFeverThreshold() { return feverThreshold; }
    public void setFeverThreshold(BigDecimal feverThreshold) { this.feverThreshold = feverThreshold; }
    public boolean isYellowPasses() { return yellowPasses; }
    public void setYellowPasses(boolean yellowPasses) { this.yellowPasses = yellowPasses; }
    /** "1, 4, 7, 14"; anything but numbers gives an empty list, which the policy's check refuses. */
    private java.util.List<Integer> testDays() {
        java.util.List<Integer> days = new java.util.ArrayList<>();
        for (String part : quarantineTestDays.split("[,，\\s]+")) {
            if (part.matches("\\d{1,2}")) {
                days.add(Integer.parseInt(part));
            } else if (!part.isEmpty()) {
                return java.util.List.of();
            }
        }
        return days;
    }

    public String getQuarantineTestDays() { return quarantineTestDays; }
    public void setQuarantineTestDays(String quarantineTestDays) { this.quarantineTestDays = quarantineTestDays; }
    public int getLowRiskPool() { return lowRiskPool; }
    public void setLowRiskPool(int lowRiskPool) { this.lowRiskPool = lowRiskPool; }
    public int getMediumRiskPool() { return mediumRiskPool; }
    public void setMediumRiskPool(int mediumRiskPool) { this.mediumRiskPool = mediumRiskPool; }
    public int getHighRiskPool() { return highRiskPool; }
    public void setHighRiskPool(int highRiskPool) { this.highRiskPool = highRiskPool; }
    public int getContactWindowMinutes() { return contactWindowMinutes; }
    public void setContactWindowMinutes(int contactWindowMinutes) { this.contactWindowMinutes = contactWindowMinutes; }

    public int getInfectiousDaysBeforeOnset() { return infectiousDaysBeforeOnset; }
    public void setInfectiousDaysBeforeOnset(int infectiousDaysBeforeOnset) { this.infectiousDaysBeforeOnset = infectiousDaysBeforeOnset; }

    public int getCentralizedDays() { return centralizedDays; }
    public void setCentralizedDays(int centralizedDays) { this.centralizedDays = centralizedDays; }
    public int getHomeDays() { return homeDays; }
    public void setHomeDays(int homeDays) { this.homeDays = homeDays; }
    public int getYellowCheckInDays() { return yellowCheckInDays; }
    public void setYellowCheckInDays(int yellowCheckInDays) { this.yellowCheckInDays = yellowCheckInDays; }
    public int getRedCheckInDays() { return redCheckInDays; }
    public void setRedCheckInDays(int redCheckInDays) { this.redCheckInDays = redCheckInDays; }
    public Set<FactKind> getCheckInClears() { return checkInClears; }
    public void setCheckInClears(Set<FactKind> checkInClears) { this.checkInClears = checkInClears == null ? EnumSet.noneOf(FactKind.class) : checkInClears; }
    public Map<String, Integer> getRiskYellow() { return riskYellow; }
    public void setRiskYellow(Map<String, Integer> riskYellow) { this.riskYellow = riskYellow; }
    public Map<String, Integer> getRiskRed() { return riskRed; }
    public void setRiskRed(Map<String, Integer> riskRed) { this.riskRed = riskRed; }
    public PolicyPreset getPreset() { return preset; }
    public void setPreset(PolicyPreset preset) { this.preset = preset; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
