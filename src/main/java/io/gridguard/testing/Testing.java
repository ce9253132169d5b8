package io.gridguard.testing;

import java.time.Clock;
import java.time.Duration;
import io.gridguard.shared.ScopeNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import io.gridguard.healthcode.Colour;
import io.gridguard.healthcode.FactKind;
import io.gridguard.healthcode.HealthCodes;
import io.gridguard.healthcode.NewFact;
import io.gridguard.healthcode.TokenCheck;
import io.gridguard.jurisdiction.Jurisdictions;
import io.gridguard.jurisdiction.PlaceView;
import io.gridguard.jurisdiction.Places;
import io.gridguard.people.People;
import io.gridguard.people.PersonRef;
import io.gridguard.shared.AuditTrail;
import io.gridguard.shared.Caller;
import io.gridguard.shared.Problem;
import io.gridguard.shared.Role;
import io.gridguard.shared.TableFile;
import io.gridguard.testing.internal.TestingRepository;
import io.gridguard.testing.internal.TestingRepository.Tube;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 应检尽检 (seed 002: 521 people tested in 2.5 hours at a mobile site): campaigns and test points set up by district
 * command and street staff; samplers put each person into a pooled tube by risk; a lab result per tube reaches the
 * health code of everyone in it, and a positive pool recalls its members for single-tube retests.
 */
@Service
public class Testing {

    static final Set<Role> ORGANISERS = Set.of(Role.DISTRICT_COMMAND, Role.STREET_STAFF);
    public static final Set<Role> SAMPLERS = Set.of(Role.MEDICAL_STAFF, Role.COMMUNITY_STAFF, Role.STREET_STAFF, Role.DISTRICT_COMMAND);
    static final Set<Role> LABS = Set.of(Role.MEDICAL_STAFF, Role.DISTRICT_COMMAND, Role.MACHINE);
    private static final int LONGEST_BARCODE = 40;
    private static final int MOST_RESULT_ROWS = 50_000;

    private final TestingRepository testing;
    private final HealthCodes codes;
    private final People people;
    private final Jurisdictions jurisdictions;
    private final Places places;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final io.gridguard.healthcode.HealthCodeSettings zone;
    private final org.springframework.context.ApplicationEventPublisher events;

    Testing(TestingRepository testing, HealthCodes codes, People people, Jurisdictions jurisdictions,
            Places places, AuditTrail audit, Clock clock, TransactionTemplate transactions, io.gridguard.healthcode.HealthCodeSettings zone,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.transactions = transactions;
        this.zone = zone;
        this.testing = testing;
        this.codes = codes;
        this.people = people;
        this.jurisdictions = jurisdictions;
        this.places = places;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Campaign createCampaign(Caller caller, NewCampaign command) {
        caller.require(ORGANISERS);
        String name = command.name();
        Long nodeId = command.nodeId();
        LocalDate due = command.dueDate();
        List<Problem.FieldError> errors = new ArrayList<>();
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            errors.add(new Problem.FieldError("name", "testing.name"));
        }
        if (nodeId == null || jurisdictions.find(nodeId).isEmpty()) {
            errors.add(new Problem.FieldError("nodeId", "jurisdiction.node.invalid"));
        }
        Optional<PlaceView> place = Optional.ofNullable(command.placeId()).flatMap(places::find);
        if (command.placeId() != null && place.isEmpty()) {
            errors.add(new Problem.FieldError("placeId", "testing.place.unknown", command.placeId()));
        } else if (place.isPresent() && nodeId != null && !jurisdictions.pathTo(place.get().path().gridId()).stream()
                .anyMatch(n -> n.id() == nodeId)) {
            errors.add(new Problem.FieldError("placeId", "testing.place.outside", place.get().name()));
        }
        if (due == null || due.isBefore(LocalDate.now(clock.withZone(zone.zone())))) {
            errors.add(new Problem.FieldError("dueDate", "testing.due"));
        }
        if (!errors.isEmpty()) {
            throw new Problem.Invalid(errors);
        }
        jurisdictions.requireVisible(caller, nodeId);
        long id = testing.insertCampaign(name.strip(), nodeId, command.placeId(), command.tag(), due, caller.username(), clock.instant());
        audit.record("TEST_CAMPAIGN_CREATE", "test_campaign", id, name.strip());
        return testing.campaign(id).orElseThrow();
    }

    @Transactional
    public TestPoint createPoint(Caller caller, String name, TestPoint.Kind kind, Long nodeId, String opens, String closes) {
        caller.require(ORGANISERS);
        List<Problem.FieldError> errors = new ArrayList<>();
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            errors.add(new Problem.FieldError("name", "testing.name"));
        }
        if (kind == null) {
            errors.add(new Problem.FieldError("kind", "error.required"));
        }
        if (nodeId == null || jurisdictions.find(nodeId).isEmpty()) {
            errors.add(new Problem.FieldError("nodeId", "jurisdiction.node.invalid"));
        }
        if (!time(opens) || !time(closes)) {
            errors.add(new Problem.FieldError("opens", "testing.hours"));
        }
        if (!errors.isEmpty()) {
            throw new Problem.Invalid(errors);
        }
        jurisdictions.requireVisible(caller, nodeId);
        long id = testing.insertPoint(name.strip(), kind, nodeId, blank(opens), blank(closes), caller.username(), clock.instant());
        return testing.point(id).orElseThrow();
    }

    public List<Campaign> campaigns(Caller caller) {
        caller.require(SAMPLERS);
        return testing.campaigns().stream().filter(c -> covers(caller, c.nodeId())).toList();
    }

    public List<TestPoint> points(Caller caller) {
        caller.require(SAMPLERS);
        return testing.points().stream().filter(p -> covers(caller, p.nodeId())).toList();
    }

    /** A sample: the person by token or ID, pooled by their code's risk into the tube with this barcode. */
    @Transactional
    public SampleTaken sample(Caller caller, NewSample command) {
        caller.require(SAMPLERS);
        String barcode = command.tube() == null ? "" : command.tube().strip();
        if (barcode.isEmpty() || barcode.length() > LONGEST_BARCODE || !barcode.matches("[0-9A-Za-z-]+")) {
            throw new Problem.Invalid("tube", "testing.tube.barcode");
        }
        Campaign campaign = Optional.ofNullable(command.campaignId()).flatMap(testing::campaign)
                .orElseThrow(() -> new Problem.Invalid("campaignId", "testing.campaign.unknown"));
        TestPoint point = Optional.ofNullable(command.pointId()).flatMap(testing::point)
                .orElseThrow(() -> new Problem.Invalid("pointId", "testing.point.unknown"));
        if (!covers(caller, point.nodeId())) {
            throw new io.gridguard.shared.AccessDenied("testing.point.notYours");
        }
        PersonRef person = identify(command);
        if (testing.sampled(campaign.id(), person.id()) && !testing.recalled(person.id())) {
            throw new Problem.Conflict("testing.sample.twice");
        }
        Colour colour = codes.current(person.id()).colour();
        Risk risk = Risk.of(colour);
        Instant now = clock.instant();
        Tube tube = testing.tubeForUpdate(barcode)
                .orElseGet(() -> testing.openTube(barcode, campaign.id(), point.id(), risk, codes.policy().poolSize(colour), now));
        if (tube.result() != null || tube.samples() >= tube.capacity()) {
            throw new Problem.Conflict("testing.tube.sealed", barcode);
        }
        if (tube.campaignId() != campaign.id() || tube.pointId() != point.id()) {
            throw new Problem.Conflict("testing.tube.elsewhere", barcode);
        }
        if (tube.risk() != risk) {
            throw new Problem.Conflict("testing.tube.risk", barcode);
        }
        long id = testing.insertSample(tube, person.id(), person.path(), caller.username(), now);
        int inTube = tube.samples() + 1;
        return new SampleTaken(id, barcode, risk, inTube, tube.capacity(), inTube >= tube.capacity(), person.maskedName(),
                person.maskedIdNumber());
    }

    /** A tube's lab result: reported to the health code of everyone in it; a positive pool recalls them. */
    @Transactional
    public TubeResult result(Caller caller, String barcode, TestResult result) {
        caller.require(LABS);
        return apply(caller.username(), barcode, result);
    }

    public record ImportedRow(int row, String tube, String status, String reasonKey, Object reasonArg) {
    }

    public record ResultsImport(int applied, int rejected, List<ImportedRow> rows) {
    }

    /**
     * A lab's results as a file (CSV or XLSX; columns 管号/tube and 结果/result: 阴性/阳性 or NEGATIVE/POSITIVE): each row
     * applied alone, as {@link #result} would; a row that cannot be is reported with the reason and changes nothing.
     */
    public ResultsImport importResults(Caller caller, byte[] bytes) {
        caller.require(LABS);
        if (bytes == null || bytes.length == 0) {
            throw new Problem.Invalid("file", "file.empty");
        }
        var lines = TableFile.read(bytes, Map.of("tube", List.of("管号", "采样管条码", "条码", "tube", "barcode"),
                "result", List.of("结果", "检测结果", "result")), Set.of("tube", "result"), MOST_RESULT_ROWS);
        List<ImportedRow> rows = new ArrayList<>();
        int applied = 0;
        for (var line : lines) {
            TestResult result = parse(line.get("result"));
            try {
                if (result == null) {
                    throw new Problem.Invalid("result", "testing.result.unknown");
                }
                transactions.executeWithoutResult(status -> apply(caller.username(), line.get("tube"), result));
                rows.add(new ImportedRow(line.rowNo(), line.get("tube"), "APPLIED", null, null));
                applied++;
            } catch (Problem refused) {
                Object arg = refused.args().length > 0 ? refused.args()[0] : null;
                String key = refused instanceof Problem.Invalid invalid ? invalid.fieldErrors().getFirst().messageKey() : refused.messageKey();
                rows.add(new ImportedRow(line.rowNo(), line.get("tube"), "REJECTED", key, arg));
            }
        }
        audit.record("TEST_RESULTS_IMPORT", "test_tube", null, applied + " of " + lines.size());
        return new ResultsImport(applied, lines.size() - applied, rows);
    }

    private static TestResult parse(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.strip().toUpperCase(java.util.Locale.ROOT)) {
            case "阴性", "NEGATIVE", "NEG", "-" -> TestResult.NEGATIVE;
            case "阳性", "POSITIVE", "POS", "+" -> TestResult.POSITIVE;
            default -> null;
        };
    }

    private TubeResult apply(String by, String barcode, TestResult result) {
        if (result == null) {
            throw new Problem.Invalid("result", "error.required");
        }
        Tube tube = testing.tubeForUpdate(barcode == null ? "" : barcode.strip())
                .orElseThrow(() -> new Problem.NotFound("testing.tube.unknown", barcode));
        if (tube.result() != null) {
            throw new Problem.Conflict("testing.tube.resulted", barcode);
        }
        if (tube.samples() == 0) {
            throw new Problem.Conflict("testing.tube.empty", barcode);
        }
        Instant now = clock.instant();
        testing.setResult(tube.id(), result, by, now);
        var members = testing.members(tube.id());
        boolean pooled = members.size() > 1;
        FactKind kind = result == TestResult.NEGATIVE ? FactKind.TEST_NEGATIVE : pooled ? FactKind.POOL_POSITIVE : FactKind.TEST_POSITIVE;
        int recalled = 0;
        for (var member : members) {
            if (!pooled) {
                testing.recallsDone(member.personId(), now);
            }
            codes.report(new NewFact(member.personId(), kind, now, "TESTING", "tube " + tube.barcode()), by);
            if (kind != FactKind.POOL_POSITIVE) {
                events.publishEvent(new PersonTested(member.personId(), result, now, tube.barcode()));
            }
            if (pooled && result == TestResult.POSITIVE) {
                testing.recall(member.personId(), tube.id(), member.path(), now);
                recalled++;
            }
        }
        if (pooled && result == TestResult.POSITIVE) {
            events.publishEvent(new PoolPositive(tube.barcode(), members.size(), members.getFirst().path(), now));
        }
        audit.record("TEST_RESULT", "test_tube", tube.id(), result + " " + members.size());
        return new TubeResult(tube.barcode(), result, members.size(), recalled);
    }

    public record RecallView(long id, long personId, String name, String idNumber, String tube, Instant createdAt) {
    }

    /** Members of positive pools in the caller's jurisdiction still to be retested alone. */
    public List<RecallView> recalls(Caller caller) {
        caller.require(SAMPLERS);
        return testing.openRecalls().stream().filter(r -> caller.covers(r.path())).map(r -> {
            PersonRef person = people.ref(r.personId()).orElseThrow();
            return new RecallView(r.id(), r.personId(), person.maskedName(), person.maskedIdNumber(), r.tube(), r.createdAt());
        }).toList();
    }

    /** How many people under these nodes were sampled in the last {@code days} days (the cockpit's test coverage). */
    public long sampledWithin(List<ScopeNode> scope, int days) {
        return testing.sampledSince(scope, clock.instant().minus(Duration.ofDays(days)));
    }

    /** Coverage of one part of a campaign: a grid, or (a campaign for a place) a building or the place itself. */
    public record CoverageUnit(Unit unit, long id, String name, long tested, long due) {

        public enum Unit { GRID, PLACE }
    }

    /**
     * 应检尽检 coverage of a campaign: people due who were sampled, per grid under its node — or, for a campaign for one
     * place, per building of that place. A campaign for the whole node counts residents per grid in the database; a
     * targeted one (a place, a tag) lists the people due and counts those sampled among them, so walk-ins from
     * outside the target do not count.
     */
    public List<CoverageUnit> coverage(Caller caller, long campaignId) {
        caller.require(SAMPLERS);
        Campaign campaign = testing.campaign(campaignId).orElseThrow(() -> new Problem.NotFound("testing.campaign.unknown", campaignId));
        if (!covers(caller, campaign.nodeId())) {
            throw new Problem.NotFound("testing.campaign.unknown", campaignId);
        }
        return campaign.targeted() ? targetedCoverage(caller, campaign) : gridCoverage(caller, campaign);
    }

    private List<CoverageUnit> gridCoverage(Caller caller, Campaign campaign) {
        Map<Long, Long> tested = new TreeMap<>();
        testing.testedByGrid(campaign.id()).forEach(g -> tested.put(g[0], g[1]));
        List<CoverageUnit> grids = new ArrayList<>();
        people.activeByGrid(jurisdictions.scopeNode(campaign.nodeId())).forEach((grid, due) -> {
            if (caller.covers(jurisdictions.pathOfGrid(grid))) {
                grids.add(new CoverageUnit(CoverageUnit.Unit.GRID, grid, jurisdictions.node(grid).name(), tested.getOrDefault(grid, 0L), due));
            }
        });
        grids.sort(java.util.Comparator.comparing(CoverageUnit::id));
        return grids;
    }

    private List<CoverageUnit> targetedCoverage(Caller caller, Campaign campaign) {
        Map<Long, Long> units = campaign.placeId() == null ? null : places.unitsUnder(campaign.placeId());
        Set<Long> tested = testing.testedPeople(campaign.id());
        Map<Long, long[]> counts = new TreeMap<>();
        for (People.DueResident resident : people.due(jurisdictions.scopeNode(campaign.nodeId()), units == null ? null : units.keySet(),
                campaign.tag())) {
            if (!caller.covers(jurisdictions.pathOfGrid(resident.gridId()))) {
                continue;
            }
            long unit = units == null ? resident.gridId() : units.get(resident.householdId());
            long[] count = counts.computeIfAbsent(unit, u -> new long[2]);
            count[0] += tested.contains(resident.personId()) ? 1 : 0;
            count[1]++;
        }
        CoverageUnit.Unit kind = units == null ? CoverageUnit.Unit.GRID : CoverageUnit.Unit.PLACE;
        return counts.entrySet().stream().map(e -> new CoverageUnit(kind, e.getKey(),
                kind == CoverageUnit.Unit.GRID ? jurisdictions.node(e.getKey()).name() : places.place(e.getKey()).name(),
                e.getValue()[0], e.getValue()[1])).toList();
    }

    /** Samples a point took per hour of a day (district time): hour → samples. */
    public Map<Integer, Long> throughput(Caller caller, long pointId, LocalDate day, java.time.ZoneId zone) {
        caller.require(SAMPLERS);
        TestPoint point = testing.point(pointId).orElseThrow(() -> new Problem.NotFound("testing.point.unknown", pointId));
        if (!covers(caller, point.nodeId())) {
            throw new io.gridguard.shared.AccessDenied("testing.point.notYours");
        }
        Instant from = day.atStartOfDay(zone).toInstant();
        Map<Integer, Long> perHour = new TreeMap<>();
        for (Instant at : testing.sampleTimes(pointId, from, from.plus(1, ChronoUnit.DAYS))) {
            perHour.merge(at.atZone(zone).getHour(), 1L, Long::sum);
        }
        return perHour;
    }

    private PersonRef identify(NewSample command) {
        if (command.token() != null && !command.token().isBlank()) {
            TokenCheck check = codes.verify(command.token().strip());
            if (check.status() == TokenCheck.Status.EXPIRED) {
                throw new Problem.Invalid("token", "testing.token.expired");
            }
            return Optional.ofNullable(check.status() == TokenCheck.Status.VALID ? check.reference() : null)
                    .flatMap(codes::personOf).flatMap(people::ref)
                    .orElseThrow(() -> new Problem.Invalid("token", "testing.token.invalid"));
        }
        if (command.idNumber() == null || command.idNumber().isBlank()) {
            throw new Problem.Invalid("idNumber", "testing.person.required");
        }
        return people.identify(command.idNumber()).orElseThrow(() -> new Problem.Invalid("idNumber", "testing.person.unknown"));
    }

    /**
     * Whether a campaign's or point's node and the caller's jurisdiction overlap: a district-wide campaign concerns a
     * community's staff, and a community's point is used by street staff above it.
     */
    private boolean covers(Caller caller, long nodeId) {
        return jurisdictions.covers(caller, nodeId) || caller.nodes().stream()
                .anyMatch(scope -> jurisdictions.pathTo(scope.id()).stream().anyMatch(n -> n.id() == nodeId));
    }

    private static boolean time(String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        try {
            LocalTime.parse(text.strip());
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
