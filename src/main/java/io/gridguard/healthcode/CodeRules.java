package io.gridguard.healthcode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Computes a colour from facts under a policy. Pure: the same facts, policy and moment give the same answer,
 * which is what makes a full recompute and a dry-run of a new policy possible.
 */
public final class CodeRules {

    private CodeRules() {
    }

    public static CodeAssessment assess(HealthPolicy policy, List<HealthFact> facts, Instant now) {
        Colour colour = Colour.GREEN;
        List<FactKind> reasons = new ArrayList<>();
        Instant changesAt = null;
        for (HealthFact fact : facts.stream().sorted(Comparator.comparing(HealthFact::occurredAt)).toList()) {
            Colour effect = policy.red().contains(fact.kind()) ? Colour.RED
                    : policy.yellow().contains(fact.kind()) ? Colour.YELLOW : Colour.GREEN;
            if (effect == Colour.GREEN || !fact.activeAt(now) || clearedLater(policy, fact, facts, now)) {
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

    private static Colour severity(HealthPolicy policy, FactKind kind) {
        return policy.red().contains(kind) ? Colour.RED : policy.yellow().contains(kind) ? Colour.YELLOW : Colour.GREEN;
    }
}
