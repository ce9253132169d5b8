package io.gridguard.tracing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.gridguard.healthcode.HealthCodeSettings;
import io.gridguard.jurisdiction.Jurisdictions;
import io.gridguard.jurisdiction.NodeView;
import io.gridguard.people.People;
import io.gridguard.people.PersonRef;
import io.gridguard.shared.AuditTrail;
import io.gridguard.shared.Caller;
import io.gridguard.shared.Masking;
import io.gridguard.shared.NodeLevel;
import io.gridguard.shared.NodePath;
import io.gridguard.shared.PageOf;
import io.gridguard.shared.PageRequest;
import io.gridguard.shared.Problem;
import io.gridguard.shared.Role;
import io.gridguard.tracing.internal.KeyPersonCheck;
import io.gridguard.tracing.internal.KeyPersonFile;
import io.gridguard.tracing.internal.KeyPersonFile.Raw;
import io.gridguard.tracing.internal.KeyPersonRepository;
import io.gridguard.tracing.internal.KeyPersonRepository.ListRow;
import io.gridguard.tracing.internal.KeyPersonRepository.PersonRow;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Key-person lists from the upper level (seed 003: 2,263 key persons, 41 verification lists to grids): a CSV or XLSX
 * file is read, every row checked (ID number, duplicates within the file, required fields), matched to registered
 * people by ID number, and stored with the verdict; a matched person becomes a verification for their grid's worker.
 * The same file uploaded again is the same import (its SHA-256), so nothing is doubled.
 */
@Service
public class KeyPersonLists {

    private static final Logger log = LoggerFactory.getLogger(KeyPersonLists.class);
    /** District command and street staff receive lists from above. */
    public static final Set<Role> UPLOADERS = Set.of(Role.DISTRICT_COMMAND, Role.STREET_STAFF);
    static final Set<Role> VERIFIERS = Set.of(Role.GRID_WORKER, Role.COMMUNITY_STAFF, Role.STREET_STAFF, Role.DISTRICT_COMMAND);
    private static final int BATCH = 2_000;
    private static final int MOST_BYTES = 20 * 1024 * 1024;
    /** An import that stored nothing for this long has stopped (a 2,000-row batch takes well under a second). */
    private static final java.time.Duration STALLED = java.time.Duration.ofMinutes(2);

    private final KeyPersonRepository lists;
    private final People people;
    private final Jurisdictions jurisdictions;
    private final HealthCodeSettings settings;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    KeyPersonLists(KeyPersonRepository lists, People people, Jurisdictions jurisdictions, HealthCodeSettings settings,
                   AuditTrail audit, TransactionTemplate transactions, Clock clock) {
        this.lists = lists;
        this.people = people;
        this.jurisdictions = jurisdictions;
        this.settings = settings;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Reads and stores the whole list before answering (the API). */
    public KeyPersonImport importNow(Caller caller, String fileName, byte[] bytes) {
        Accepted accepted = accept(caller, fileName, bytes);
        if (accepted.rows() != null) {
            run(accepted);
        }
        return view(lists.find(accepted.id()).orElseThrow());
    }

    /** Checks the file and answers at once; the rows are read in the background (the page shows the progress). */
    public long start(Caller caller, String fileName, byte[] bytes) {
        Accepted accepted = accept(caller, fileName, bytes);
        if (accepted.rows() != null) {
            Thread.ofVirtual().name("key-person-import-" + accepted.id()).start(() -> run(accepted));
        }
        return accepted.id();
    }

    /** An import to run: its rows ({@code null}: nothing to do, the file was imported before), from after {@code afterRow}. */
    private record Accepted(long id, List<Raw> rows, int afterRow) {
    }

    private Accepted accept(Caller caller, String fileName, byte[] bytes) {
        caller.require(UPLOADERS);
        if (bytes == null || bytes.length == 0) {
            throw new Problem.Invalid("file", "file.empty");
        }
        if (bytes.length > MOST_BYTES) {
            throw new Problem.Invalid("file", "keyPersons.file.tooBig", MOST_BYTES / 1024 / 1024);
        }
        String hash = sha256(bytes);
        Optional<ListRow> earlier = lists.byHash(hash).flatMap(lists::find);
        if (earlier.isPresent()) {
            return again(caller, earlier.get(), bytes);
        }
        List<Raw> rows = read(fileName, bytes);
        String name = fileName == null || fileName.isBlank() ? "list" : fileName.strip();
        long id;
        try {
            id = lists.insertList(name.length() > 200 ? name.substring(0, 200) : name, hash, owner(caller), caller.username(), clock.instant());
        } catch (org.springframework.dao.DuplicateKeyException sameFileAtOnce) {
            return new Accepted(lists.byHash(hash).orElseThrow(), null, 0);
        }
        audit.record("KEY_PERSON_LIST_IMPORT", "key_person_list", id, name + " (" + rows.size() + ")");
        return new Accepted(id, rows, 0);
    }

    /**
     * The same file again: the same import, so nothing is doubled; if that import was cut off (a failure, or the server
     * stopped under it), it goes on from the last row it stored.
     */
    private Accepted again(Caller caller, ListRow earlier, byte[] bytes) {
        if (!lists.isVisible(earlier.id(), caller.nodes())) {
            throw new Problem.Conflict("keyPersons.elsewhere", earlier.fileName());
        }
        Instant now = clock.instant();
        if (!lists.claimForResume(earlier.id(), now, now.minus(STALLED))) {
            return new Accepted(earlier.id(), null, 0);
        }
        int afterRow = lists.stored(earlier.id())[0];
        audit.record("KEY_PERSON_LIST_RESUME", "key_person_list", earlier.id(), earlier.fileName() + " (after row " + afterRow + ")");
        return new Accepted(earlier.id(), read(earlier.fileName(), bytes), afterRow);
    }

    private static List<Raw> read(String fileName, byte[] bytes) {
        long reading = System.nanoTime();
        List<Raw> rows = KeyPersonFile.read(bytes);
        log.info("Key-person list {}: {} rows read in {} ms", fileName, rows.size(), (System.nanoTime() - reading) / 1_000_000);
        return rows;
    }

    /** A list belongs to the scope it was received in: a street's, or (several streets, or district command) the district's. */
    private KeyPersonRepository.Owner owner(Caller caller) {
        List<List<NodeView>> paths = caller.nodes().stream().map(node -> jurisdictions.pathTo(node.id())).toList();
        if (paths.isEmpty()) {
            throw new io.gridguard.shared.AccessDenied("error.access.scope");
        }
        long district = paths.getFirst().getFirst().id();
        boolean oneStreet = paths.size() == 1 && paths.getFirst().size() > 1;
        return new KeyPersonRepository.Owner(district, oneStreet ? paths.getFirst().get(1).id() : null);
    }

    /** Imports whose heartbeat stopped (the server went down under them) are shown as failed, to be resumed by uploading again. */
    @Scheduled(initialDelay = 10_000, fixedDelay = 60_000)
    void failStalled() {
        Instant now = clock.instant();
        int stalled = lists.failStalled(now, now.minus(STALLED));
        if (stalled > 0) {
            log.warn("{} key-person import(s) stopped moving and were marked failed; uploading the same file resumes them", stalled);
        }
    }

    private void run(Accepted accepted) {
        long listId = accepted.id();
        List<Raw> rows = accepted.rows();
        long started = System.nanoTime();
        try {
            LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
            Map<String, Integer> firstRow = new HashMap<>();
            List<KeyPersonCheck.Rejection> verdicts = new ArrayList<>(rows.size());
            List<String> numbers = new ArrayList<>();
            for (Raw raw : rows) {
                Optional<KeyPersonCheck.Rejection> fault = KeyPersonCheck.check(raw, today);
                if (fault.isEmpty()) {
                    String number = raw.idNumber().strip().toUpperCase(Locale.ROOT);
                    Integer first = firstRow.putIfAbsent(number, raw.rowNo());
                    if (first != null) {
                        fault = Optional.of(new KeyPersonCheck.Rejection("keyPersons.row.duplicate", String.valueOf(first)));
                    } else if (raw.rowNo() > accepted.afterRow()) {
                        numbers.add(number);
                    }
                }
                verdicts.add(fault.orElse(null));
            }
            long checked = System.nanoTime();
            Map<String, PersonRef> registered = people.identifyAll(numbers);
            long matchedAt = System.nanoTime();
            KeyPersonRepository.Owner owner = lists.owner(listId);
            int[] stored = accepted.afterRow() == 0 ? new int[4] : lists.stored(listId);
            int acceptedRows = stored[1];
            int matched = stored[2];
            int rejected = stored[3];
            int from = 0;
            while (from < rows.size() && rows.get(from).rowNo() <= accepted.afterRow()) {
                from++;
            }
            for (; from < rows.size(); from += BATCH) {
                List<PersonRow> batch = new ArrayList<>();
                for (int i = from; i < Math.min(rows.size(), from + BATCH); i++) {
                    Raw raw = rows.get(i);
                    KeyPersonCheck.Rejection fault = verdicts.get(i);
                    PersonRef person = fault == null ? registered.get(raw.idNumber().strip().toUpperCase(Locale.ROOT)) : null;
                    if (fault != null) {
                        rejected++;
                    } else {
                        acceptedRows++;
                        matched += person == null ? 0 : 1;
                    }
                    batch.add(new PersonRow(0, listId, raw.rowNo(), cut(raw.name()), cut(raw.idNumber()), cut(raw.phone()),
                            cut(raw.origin()), fault == null && raw.arrivalDate() != null ? KeyPersonCheck.date(raw.arrivalDate()) : null,
                            cut(raw.category()), fault == null ? "ACCEPTED" : "REJECTED", fault == null ? null : fault.key(),
                            fault == null ? null : fault.arg(), person == null ? null : person.id(), person == null ? null : person.path(),
                            null));
                }
                int done = Math.min(rows.size(), from + BATCH);
                int a = acceptedRows;
                int m = matched;
                int r = rejected;
                transactions.executeWithoutResult(status -> {
                    lists.insertRows(batch, owner);
                    lists.progress(listId, rows.size(), done, a, m, r, clock.instant());
                });
            }
            lists.progress(listId, rows.size(), rows.size(), acceptedRows, matched, rejected, clock.instant());
            lists.finish(listId, "DONE", null, clock.instant());
            log.info("Key-person list {}: checked in {} ms, matched in {} ms, stored in {} ms", listId, (checked - started) / 1_000_000,
                    (matchedAt - checked) / 1_000_000, (System.nanoTime() - matchedAt) / 1_000_000);
        } catch (RuntimeException e) {
            log.error("Key-person list {} failed", listId, e);
            String message = String.valueOf(e.getMessage());
            lists.finish(listId, "FAILED", message.substring(0, Math.min(300, message.length())), clock.instant());
        }
    }

    public KeyPersonImport.Report report(Caller caller, long id) {
        caller.require(UPLOADERS);
        KeyPersonImport list = view(visible(caller, id));
        List<KeyPersonImport.GridCompletion> grids = lists.completionByGrid(id).stream()
                .filter(g -> covers(caller, g[0]))
                .map(g -> new KeyPersonImport.GridCompletion(g[0], jurisdictions.node(g[0]).name(), g[1], g[2])).toList();
        return new KeyPersonImport.Report(list, grids);
    }

    public PageOf<KeyPersonImport> page(Caller caller, PageRequest page) {
        caller.require(UPLOADERS);
        return new PageOf<>(lists.lists(caller.nodes(), page.size(), page.offset()).stream().map(KeyPersonLists::view).toList(),
                page.page(), page.size(), lists.countLists(caller.nodes()));
    }

    /**
     * A list's rows in the caller's scope (all, ACCEPTED, REJECTED, or UNPLACED: accepted but matching nobody registered,
     * so in no grid yet), the people masked.
     */
    public PageOf<KeyPersonImport.Row> rows(Caller caller, long id, String status, PageRequest page) {
        caller.require(UPLOADERS);
        visible(caller, id);
        String filter = status == null || status.isBlank() ? null : status.strip().toUpperCase(Locale.ROOT);
        if (filter != null && !Set.of("ACCEPTED", "REJECTED", "UNPLACED").contains(filter)) {
            throw new Problem.Invalid("status", "keyPersons.statusFilter");
        }
        return new PageOf<>(lists.rows(id, filter, caller.nodes(), page.size(), page.offset()).stream().map(KeyPersonLists::row).toList(),
                page.page(), page.size(), lists.countRows(id, filter, caller.nodes()));
    }

    /**
     * A listed person no registered resident matches has no grid yet: street staff (or district command) who know where
     * they live put them in a grid, whose worker then verifies them like the others.
     */
    public KeyPersonImport.Row place(Caller caller, long rowId, Long gridId) {
        caller.require(UPLOADERS);
        if (gridId == null) {
            throw new Problem.Invalid("gridId", "error.required");
        }
        KeyPersonRepository.Keeping keeping = lists.keeping(rowId)
                .filter(k -> "ACCEPTED".equals(k.status()))
                .orElseThrow(() -> new Problem.NotFound("keyPersons.row.notFound", rowId));
        KeyPersonRepository.Owner kept = keeping.owner();
        boolean inScope = kept.streetId() == null
                ? caller.nodes().stream().anyMatch(n -> n.id() == kept.districtId())
                : jurisdictions.covers(caller, kept.streetId());
        if (!inScope) {
            throw new Problem.NotFound("keyPersons.row.notFound", rowId);
        }
        if (keeping.gridId() != null) {
            throw new Problem.Conflict("keyPersons.place.already", rowId);
        }
        NodePath grid = jurisdictions.pathOfGrid(gridId);
        caller.requireCovers(grid);
        if (kept.streetId() != null && grid.streetId() != kept.streetId()) {
            throw new Problem.Invalid("gridId", "keyPersons.place.otherStreet");
        }
        if (!lists.place(rowId, grid)) {
            throw new Problem.Conflict("keyPersons.place.already", rowId);
        }
        audit.record("KEY_PERSON_PLACED", "key_person_row", rowId, "grid " + gridId);
        return row(lists.row(rowId).orElseThrow());
    }

    private ListRow visible(Caller caller, long id) {
        ListRow list = lists.find(id).orElseThrow(() -> new Problem.NotFound("keyPersons.notFound", id));
        if (!lists.isVisible(id, caller.nodes())) {
            throw new Problem.NotFound("keyPersons.notFound", id);
        }
        return list;
    }

    /** The rejected rows as they came, with the reason, as an XLSX to correct and send again (audited: it is personal data). */
    public byte[] rejectsWorkbook(Caller caller, long id, java.util.function.BiFunction<String, String, String> reasonText,
                                  List<String> headings) {
        caller.require(UPLOADERS);
        visible(caller, id);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("rejected");
            Row head = sheet.createRow(0);
            for (int c = 0; c < headings.size(); c++) {
                head.createCell(c).setCellValue(headings.get(c));
            }
            int r = 1;
            for (long offset = 0; ; offset += 5_000) {
                List<PersonRow> rows = lists.rows(id, "REJECTED", caller.nodes(), 5_000, offset);
                for (PersonRow row : rows) {
                    Row line = sheet.createRow(r++);
                    String[] cells = {String.valueOf(row.rowNo()), row.name(), row.idNumber(), row.phone(), row.origin(),
                            row.arrivalDate() == null ? null : row.arrivalDate().toString(), row.category(),
                            reasonText.apply(row.reason(), row.reasonArg())};
                    for (int c = 0; c < cells.length; c++) {
                        line.createCell(c).setCellValue(cells[c] == null ? "" : cells[c]);
                    }
                }
                if (rows.size() < 5_000) {
                    break;
                }
            }
            workbook.write(out);
            audit.record("KEY_PERSON_REJECTS_DOWNLOAD", "key_person_list", id, String.valueOf(r - 1));
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The listed people a grid worker (or staff above them) is to verify in their grids. */
    public List<KeyPersonImport.Row> verifications(Caller caller) {
        caller.require(VERIFIERS);
        List<Long> grids = caller.nodes().stream()
                .flatMap(node -> node.level() == NodeLevel.GRID ? java.util.stream.Stream.of(node.id())
                        : jurisdictions.descendants(node.id(), NodeLevel.GRID).stream().map(io.gridguard.jurisdiction.NodeView::id))
                .toList();
        return lists.toVerify(grids, 500).stream().map(KeyPersonLists::row).toList();
    }

    public KeyPersonImport.Row recordOutcome(Caller caller, long rowId, VerificationOutcome outcome) {
        caller.require(VERIFIERS);
        if (outcome == null) {
            throw new Problem.Invalid("outcome", "error.required");
        }
        PersonRow row = lists.row(rowId).orElseThrow(() -> new Problem.NotFound("keyPersons.row.notFound", rowId));
        if (row.path() == null) {
            throw new Problem.NotFound("keyPersons.row.notFound", rowId);
        }
        caller.requireCovers(row.path());
        lists.recordOutcome(rowId, outcome.name(), caller.username(), clock.instant());
        return row(lists.row(rowId).orElseThrow());
    }

    private boolean covers(Caller caller, long gridId) {
        return caller.covers(jurisdictions.pathOfGrid(gridId));
    }

    private static KeyPersonImport view(ListRow l) {
        return new KeyPersonImport(l.id(), l.fileName(), l.status(), l.total(), l.done(), l.accepted(), l.matched(), l.rejected(),
                l.failure(), l.uploadedBy(), l.uploadedAt(), l.finishedAt());
    }

    private static KeyPersonImport.Row row(PersonRow r) {
        return new KeyPersonImport.Row(r.id(), r.rowNo(), r.status(), r.reason(), r.reasonArg(),
                r.name() == null ? "" : Masking.name(r.name()), r.idNumber() == null ? "" : Masking.idNumber(r.idNumber()),
                r.origin(), r.category(), r.path() == null ? null : r.path().gridId(),
                r.outcome() == null ? null : VerificationOutcome.valueOf(r.outcome()));
    }

    private static String cut(String s) {
        return s == null ? null : s.length() > 100 ? s.substring(0, 100) : s;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
