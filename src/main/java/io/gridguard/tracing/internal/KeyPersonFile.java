package io.gridguard.tracing.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import com.github.pjfanning.xlsx.StreamingReader;
import io.gridguard.shared.Problem;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Reads a key-person list as it comes from the upper level: an XLSX workbook (first sheet, read streaming so a
 * large list does not sit in memory as a workbook) or a CSV file (UTF-8, or GB18030 as Excel saves it in China).
 * The first row names the columns, in Chinese or English, in any order.
 */
public final class KeyPersonFile {

    public static final int MOST_ROWS = 200_000;

    /** One data row as written, before any checking; {@code rowNo} counts the header as row 1, as Excel does. */
    public record Raw(int rowNo, String name, String idNumber, String phone, String origin, String arrivalDate, String category) {
    }

    private static final Map<String, String> COLUMNS = new HashMap<>();

    static {
        for (String[] names : new String[][]{
                {"name", "姓名", "name"}, {"idNumber", "身份证号", "身份证号码", "证件号码", "idnumber", "id number"},
                {"phone", "手机号", "手机号码", "联系电话", "电话", "phone"}, {"origin", "来源地", "来源地区", "来自", "origin"},
                {"arrivalDate", "抵达日期", "到达日期", "来杭日期", "arrivaldate", "arrival date"},
                {"category", "类别", "人员类别", "category"}}) {
            for (int i = 1; i < names.length; i++) {
                COLUMNS.put(names[i].toLowerCase(Locale.ROOT), names[0]);
            }
        }
    }

    private KeyPersonFile() {
    }

    public static List<Raw> read(byte[] bytes) {
        if (bytes.length >= 4 && bytes[0] == (byte) 0xD0 && bytes[1] == (byte) 0xCF) {
            throw new Problem.Invalid("file", "keyPersons.file.xls");
        }
        boolean xlsx = bytes.length >= 2 && bytes[0] == 'P' && bytes[1] == 'K';
        List<Raw> rows = xlsx ? xlsx(bytes) : csv(bytes);
        if (rows.isEmpty()) {
            throw new Problem.Invalid("file", "keyPersons.file.empty");
        }
        return rows;
    }

    private static List<Raw> xlsx(byte[] bytes) {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (InputStream in = new ByteArrayInputStream(bytes);
             Workbook workbook = StreamingReader.builder().rowCacheSize(200).bufferSize(8192).open(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            Map<String, Integer> header = null;
            List<Raw> rows = new ArrayList<>();
            for (Row row : sheet) {
                if (header == null) {
                    List<String> names = new ArrayList<>();
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        names.add(text(row.getCell(c), formatter));
                    }
                    header = header(names);
                    continue;
                }
                Row data = row;
                Raw raw = raw(row.getRowNum() + 1, header, column -> text(data.getCell(column), formatter));
                if (raw != null) {
                    rows.add(limit(rows, raw));
                }
            }
            if (header == null) {
                throw new Problem.Invalid("file", "keyPersons.file.empty");
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof Problem problem) {
                throw problem;
            }
            throw new Problem.Invalid("file", "keyPersons.file.unreadable");
        }
    }

    private static List<Raw> csv(byte[] bytes) {
        String text = decode(bytes);
        try {
            var records = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get().parse(new StringReader(text));
            Map<String, Integer> header = null;
            List<Raw> rows = new ArrayList<>();
            int line = 0;
            for (CSVRecord record : records) {
                line++;
                if (header == null) {
                    header = header(record.toList());
                    continue;
                }
                Raw raw = raw(line, header, column -> column < record.size() ? record.get(column) : "");
                if (raw != null) {
                    rows.add(limit(rows, raw));
                }
            }
            return rows;
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new Problem.Invalid("file", "keyPersons.file.unreadable");
        }
    }

    private static Raw limit(List<Raw> rows, Raw raw) {
        if (rows.size() >= MOST_ROWS) {
            throw new Problem.Invalid("file", "keyPersons.file.tooLong", MOST_ROWS);
        }
        return raw;
    }

    private static Map<String, Integer> header(List<String> names) {
        Map<String, Integer> header = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i) == null ? "" : names.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
            String column = COLUMNS.get(name);
            if (column != null) {
                header.putIfAbsent(column, i);
            }
        }
        for (String required : List.of("name", "idNumber", "origin", "category")) {
            if (!header.containsKey(required)) {
                throw new Problem.Invalid("file", "keyPersons.file.columns");
            }
        }
        return header;
    }

    private static Raw raw(int rowNo, Map<String, Integer> header, Function<Integer, String> cell) {
        Function<String, String> value = column -> {
            Integer index = header.get(column);
            String v = index == null ? null : cell.apply(index);
            return v == null || v.isBlank() ? null : v.strip();
        };
        Raw raw = new Raw(rowNo, value.apply("name"), value.apply("idNumber"), value.apply("phone"), value.apply("origin"),
                value.apply("arrivalDate"), value.apply("category"));
        boolean blank = raw.name() == null && raw.idNumber() == null && raw.phone() == null && raw.origin() == null
                && raw.arrivalDate() == null && raw.category() == null;
        return blank ? null : raw;
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return formatter.formatCellValue(cell);
    }

    /** UTF-8 when the bytes are UTF-8 (with or without a byte-order mark), else GB18030, which Excel writes in China. */
    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }
}
