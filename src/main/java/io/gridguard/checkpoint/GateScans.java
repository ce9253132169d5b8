package io.gridguard.checkpoint;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.gridguard.checkpoint.internal.GateAttempt;
import io.gridguard.checkpoint.internal.ScanDecider;
import io.gridguard.checkpoint.internal.ScanJournal;
import io.gridguard.checkpoint.internal.ScanRepository.ScanRow;
import io.gridguard.checkpoint.internal.ScanRepository.Stored;
import io.gridguard.checkpoint.internal.ScanRepository.TokenUse;
import io.gridguard.dispatch.EventSource;
import io.gridguard.dispatch.Events;
import io.gridguard.healthcode.Colour;
import io.gridguard.healthcode.FactKind;
import io.gridguard.healthcode.HealthCodes;
import io.gridguard.healthcode.NewFact;
import io.gridguard.healthcode.TokenCheck;
import io.gridguard.jurisdiction.PlaceKind;
import io.gridguard.jurisdiction.PlaceView;
import io.gridguard.jurisdiction.Places;
import io.gridguard.shared.AccessDenied;
import io.gridguard.shared.Caller;
import io.gridguard.shared.Problem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks a person at a gate: identifies them by QR token or ID number, decides by the health-code policy and
 * the temperature, and stores the attempt whatever the outcome. The answer is given only after the scan is
 * committed (in a group with other gates' scans, see {@link ScanJournal}), so an acknowledged scan is never lost.
 */
@Service
public class GateScans {

    static final BigDecimal LOWEST = new BigDecimal("30.0");
    static final BigDecimal HIGHEST = new BigDecimal("45.0");

    private final ScanJournal journal;
    private final Passes passes;
    private final TransactionTemplate transactions;
    private final Places places;
    private final HealthCodes codes;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Events dispatch;

    GateScans(ScanJournal journal, TransactionTemplate transactions, Places places, HealthCodes codes, ApplicationEventPublisher events,
              Clock clock, Passes passes, Events dispatch) {
        this.passes = passes;
        this.dispatch = dispatch;
        this.journal = journal;
        this.transactions = transactions;
        this.places = places;
        this.codes = codes;
        this.events = events;
        this.clock = clock;
    }

    /** The checkpoint, if the caller may scan there: its operator, staff covering it, or a machine key for it. */
    public PlaceView checkpoint(Caller caller, long checkpointId) {
        PlaceView checkpoint = places.find(checkpointId).filter(p -> p.kind() == PlaceKind.CHECKPOINT)
                .orElseThrow(() -> new Problem.NotFound("checkpoint.notFound", checkpointId));
        boolean allowed = switch (caller.role()) {
            case CHECKPOINT_OPERATOR -> caller.placeId() != null && caller.placeId() == checkpointId;
            case MACHINE -> caller.placeId() != null ? caller.placeId() == checkpointId : caller.covers(checkpoint.path());
            case DISTRICT_COMMAND, STREET_STAFF, COMMUNITY_STAFF -> caller.covers(checkpoint.path());
            default -> false;
        };
        if (!allowed) {
            throw new AccessDenied("checkpoint.notYours");
        }
        return checkpoint;
    }

    public ScanResult scan(Caller caller, long checkpointId, ScanRequest request) {
        PlaceView checkpoint = checkpoint(caller, checkpointId);
        validate(request);
        ScanJournal.Answer answer = journal.append(attempt(caller, checkpoint, request));
        ScanDecider.Decided decided = answer.decided();
        var masked = decided.person() == null ? null : new ScanResult.MaskedPerson(decided.person().maskedName(), decided.person().maskedIdNumber());
        if (answer.stored() != null) {
            return answer(answer.stored(), decided.row().colour(), masked);
        }
        // A fever (which changes the person's code), a red code tried (an alarm on the cockpit) or an exit on a pass: the
        // scan and what follows commit together.
        // A replayed token says nothing of the person it names (someone else holds the picture), so nothing follows.
        ScanRow row = decided.row();
        Long personId = row.personId();
        Instant now = row.at();
        return transactions.execute(status -> {
            Stored stored = journal.storeOne(row);
            if (stored.row().reason() == ScanReason.REPLAYED_TOKEN) {
                return answer(stored, row.colour(), masked);
            }
            Colour shown = row.colour();
            if (decided.passToUse() != null) {
                this.passes.use(decided.passToUse(), stored.id(), now);
            }
            if (decided.redCodeTried()) {
                events.publishEvent(new RedCodeAttempt(stored.id(), checkpoint.id(), personId, now));
            }
            if (decided.fever()) {
                shown = personId == null ? null : codes.report(new NewFact(personId, FactKind.FEVER_AT_GATE, now, "CHECKPOINT",
                        checkpoint.name() + " " + request.temperature() + "°C"), caller.username()).colour();
                events.publishEvent(new TemperatureAbnormal(stored.id(), checkpoint.id(), personId, request.temperature(), now));
                // DESIGN.md §2: the gate opens a dispatch event for the community doctor, in the same commit as the scan
                dispatch.raise("FEVER", checkpoint.name() + " 体温 " + request.temperature() + "°C"
                        + (masked == null ? "" : "：" + masked.name() + " " + masked.idNumber()), checkpoint.path().gridId(),
                        EventSource.RULE, "checkpoint " + checkpoint.id());
            }
            return answer(stored, shown, masked);
        });
    }

    /**
     * The attempt as the request sees it: a token checked (its signature and expiry) or an ID number, and whether the
     * temperature is a fever. Whom the token's reference or the ID number names, and their code, are looked up with the
     * rest of the journal's group.
     */
    private GateAttempt attempt(Caller caller, PlaceView checkpoint, ScanRequest request) {
        Instant now = clock.instant();
        boolean fever = codes.policy().isFever(request.temperature());
        boolean byToken = request.token() != null && !request.token().isBlank();
        String reference = null;
        ScanReason failure = null;
        TokenUse token = null;
        if (byToken) {
            String shown = request.token().strip();
            TokenCheck check = codes.verify(shown);
            switch (check.status()) {
                case EXPIRED -> failure = ScanReason.EXPIRED_TOKEN;
                case INVALID -> failure = ScanReason.INVALID_TOKEN;
                case VALID -> {
                    reference = check.reference();
                    token = TokenUse.of(shown, check.expiresAt());
                }
            }
        }
        return new GateAttempt(checkpoint.id(), now, request.direction(), request.temperature(), fever, blankToNull(request.plate()),
                byToken ? "QR" : "ID", caller.username(), reference, byToken ? null : request.idNumber(), failure, token);
    }

    private static ScanResult answer(Stored stored, Colour colour, ScanResult.MaskedPerson masked) {
        return new ScanResult(stored.id(), stored.row().decision(), colour, stored.row().reason(), masked);
    }

    private static void validate(ScanRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        boolean token = request.token() != null && !request.token().isBlank();
        boolean id = request.idNumber() != null && !request.idNumber().isBlank();
        if (!token && !id) {
            errors.add(new Problem.FieldError("token", "checkpoint.scan.identityRequired"));
        }
        if (request.temperature() == null) {
            errors.add(new Problem.FieldError("temperature", "error.required"));
        } else if (request.temperature().compareTo(LOWEST) < 0 || request.temperature().compareTo(HIGHEST) > 0) {
            errors.add(new Problem.FieldError("temperature", "checkpoint.temperature.range"));
        }
        if (request.direction() == null) {
            errors.add(new Problem.FieldError("direction", "error.required"));
        }
        if (request.plate() != null && request.plate().strip().length() > 16) {
            errors.add(new Problem.FieldError("plate", "error.tooLong", 16));
        }
        if (!errors.isEmpty()) {
            throw new Problem.Invalid(errors);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
