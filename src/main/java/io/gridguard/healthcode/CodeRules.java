package io.gridguard.healthcode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Computes a colour from facts under a policy. Pure: the same facts, policy and moment give the same answer,
 * which is what makes a full recompute and a dry-run of a new policy possible.
 */
public final class CodeRules {

    private CodeRules() {
    }

    /** The zone days of check-ins are counted in when none is given: the districts this serves keep China Standard Time. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    public static CodeAssessment assess(HealthPolicy policy, List<HealthFact> facts, Instant now) {
        return assess(policy, facts, now, CHINA);
    }

    public static CodeAssessment assess(HealthPolicy policy, List<HealthFact> facts, Instant now, ZoneId zone) {
        Colour colour = Colour.GREEN;
        List<FactKind> reasons = new ArrayList<>();
        Instant changesAt = null;
        for (HealthFact fact : facts.stream().sorted(Comparator.comparing(HealthFact::occurredAt)).toList()) {
            Colour effect = policy.red().contains(fact.kind()) ? Colour.RED
                    : policy.yellow().contains(fact.kind()) ? Colour.YELLOW : Colour.GREEN;
            if (effect == Colour.GREEN || !fact.activeAt(now) || clearedLater(policy, fact, facts, now)
                    || endedByCheckIns(policy, effect, fact, facts, now, zone)) {
                continue;
            }
            var window = policy.windows().get(fact.kind());
            Instant ends = window == null ? null : fact.occurredAt().plus(window);
            if (ends != null && !ends.isAfter(now)) {
                continue;
            }
            colour = colour.worst(effect);
            if (!reasons.contains(fact.kind())) {
                reasons.add(fact.kind());
            }
            if (ends != null && (changesAt == null || ends.isBefore(changesAt))) {
                changesAt = ends;
            }
        }
        Colour finalColour = colour;
        reasons.removeIf(kind -> severity(policy, kind) != finalColour);
        return new CodeAssessment(colour, List.copyOf(reasons), colour == Colour.GREEN ? null : changesAt);
    }

    private static boolean clearedLater(HealthPolicy policy, HealthFact fact, List<HealthFact> facts, Instant now) {
        Set<FactKind> clearers = policy.clearedBy().getOrDefault(fact.kind(), Set.of());
        return facts.stream().anyMatch(other -> clearers.contains(other.kind())
                && other.occurredAt().isAfter(fact.occurredAt()) && !other.occurredAt().isAfter(now));
    }

    /**
     * Hangzhou's rule: enough consecutive days of normal daily check-ins after the fact end it. A day with an abnormal
     * check-in breaks the run.
     */
    private static boolean endedByCheckIns(HealthPolicy policy, Colour effect, HealthFact fact, List<HealthFact> facts,
                                           Instant now, ZoneId zone) {
        int needed = policy.checkInDays(effect);
        if (needed <= 0 || !policy.checkInClears().contains(fact.kind())) {
            return false;
        }
        TreeSet<LocalDate> normal = new TreeSet<>();
        Set<LocalDate> abnormal = new HashSet<>();
        for (HealthFact other : facts) {
            if (other.occurredAt().isAfter(fact.occurredAt()) && !other.occurredAt().isAfter(now)) {
                LocalDate day = other.occurredAt().atZone(zone).toLocalDate();
                if (other.kind() == FactKind.CHECK_IN_NORMAL) {
                    normal.add(day);
                } else if (other.kind() == FactKind.CHECK_IN_ABNORMAL) {
                    abnormal.add(day);
                }
            }
        }
        normal.removeAll(abnormal);
        int run = 0;
        LocalDate previous = null;
        for (LocalDate day : normal) {
            run = previous != null && previous.plusDays(1).equals(day) ? run + 1 : 1;
            if (run >= needed) {
                return true;
            }
            previous = day;
        }
        return false;
    }

    private static Colour severity(HealthPolicy policy, FactKind kind) {
        return policy.red().contains(kind) ? Colour.RED : policy.yellow().contains(kind) ? Colour.YELLOW : Colour.GREEN;
    }
}
