package io.gridguard.checkpoint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.gridguard.checkpoint.internal.GateAttempt;
import io.gridguard.checkpoint.internal.ScanDecider;
import io.gridguard.checkpoint.internal.ScanRepository.ScanRow;
import io.gridguard.healthcode.Colour;
import io.gridguard.healthcode.HealthCodeView;
import io.gridguard.healthcode.HealthCodes;
import io.gridguard.healthcode.HealthPolicy;
import io.gridguard.people.People;
import io.gridguard.people.PersonRef;
import org.springframework.stereotype.Component;

/**
 * Decides gate attempts by the health-code policy, the temperature and the gate's pass rules — a group at a time, so
 * that the people, codes and QR references not remembered are read in one query each instead of one each per scan (at
 * a real gate, where a resident passes a few times a day, nearly every scan misses the first two).
 */
@Component
class GateJudge implements ScanDecider {

    private final People people;
    private final HealthCodes codes;
    private final Passes passes;

    GateJudge(People people, HealthCodes codes, Passes passes) {
        this.people = people;
        this.codes = codes;
        this.passes = passes;
    }

    @Override
    public List<Decided> decide(List<GateAttempt> attempts) {
        HealthPolicy policy = codes.policy();
        Map<String, PersonRef> byIdNumber = people.identifyEach(attempts.stream().map(GateAttempt::idNumber).filter(Objects::nonNull).toList());
        Map<String, Long> referenced = codes.peopleOf(attempts.stream().map(GateAttempt::reference).filter(Objects::nonNull).toList());
        Map<Long, PersonRef> byToken = people.refs(referenced.values().stream().distinct().toList());
        List<PersonRef> named = new ArrayList<>(attempts.size());
        for (GateAttempt attempt : attempts) {
            named.add(attempt.failure() != null ? null
                    : attempt.reference() != null ? byToken.get(referenced.get(attempt.reference())) : byIdNumber.get(attempt.idNumber()));
        }
        Map<Long, HealthCodeView> colours = codes.currentEach(named.stream().filter(Objects::nonNull).map(PersonRef::id).distinct().toList());
        List<Decided> decided = new ArrayList<>(attempts.size());
        for (int i = 0; i < attempts.size(); i++) {
            PersonRef person = named.get(i);
            decided.add(decide(attempts.get(i), person, person == null ? null : colours.get(person.id()).colour(), policy));
        }
        return decided;
    }

    private Decided decide(GateAttempt attempt, PersonRef person, Colour colour, HealthPolicy policy) {
        ScanReason reason = attempt.failure() != null ? attempt.failure()
                : person == null ? (attempt.reference() != null ? ScanReason.INVALID_TOKEN : ScanReason.UNKNOWN_PERSON)
                : attempt.fever() ? ScanReason.FEVER
                : colour == Colour.RED ? ScanReason.RED_CODE
                : colour == Colour.YELLOW ? (policy.yellowPasses() ? ScanReason.YELLOW_ALLOWED : ScanReason.YELLOW_CODE)
                : ScanReason.GREEN_CODE;
        Passes.Verdict verdict = Passes.Verdict.FREE;
        if (letsThrough(reason) && person != null) {
            verdict = passes.check(attempt.checkpointId(), person.id(), attempt.direction());
            reason = verdict.denial() != null ? verdict.denial() : reason;
        }
        Decision decision = letsThrough(reason) ? Decision.PASS : Decision.DENY;
        ScanRow row = new ScanRow(attempt.checkpointId(), person == null ? null : person.id(), attempt.at(), attempt.direction(),
                attempt.temperature(), attempt.plate(), attempt.method(), decision, colour, reason, attempt.operator(),
                person == null ? null : attempt.token());
        return new Decided(row, person, decision == Decision.PASS ? verdict.passToUse() : null, attempt.fever());
    }

    private static boolean letsThrough(ScanReason reason) {
        return reason == ScanReason.GREEN_CODE || reason == ScanReason.YELLOW_ALLOWED;
    }
}
