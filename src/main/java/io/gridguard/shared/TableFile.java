package io.gridguard.shared;

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
import java.util.Set;
import java.util.function.IntFunction;

import com.github.pjfanning.xlsx.StreamingReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * A table uploaded as a file — lists from the upper level, lab results: an XLSX workbook (its first sheet, read
 * streaming so a large file does not sit in memory as a workbook) or CSV (UTF-8, or GB18030 as Excel saves it in
 * China). The first row names the columns, in any order, by any of the names given for each. Refusals are
 * {@link Problem.Invalid} on the field {@code file}: keys {@code file.xls}, {@code file.unreadable},
 * {@code file.columns}, {@code file.empty}, {@code file.tooLong}.
 */
public final class TableFile {

    private TableFile() {
    }

    /** One data row; {@code rowNo} counts the header as row 1, as a spreadsheet does; blank cells are null. */
    public record Line(int rowNo, Map<String, String> values) {

        public String get(String column) {
            return values.get(column);
        }
    }

    /**
     * @param columns  each column's name → the headings it may have (matched without case)
     * @param required the columns the file must have
     */
    public static List<Line> read(byte[] bytes, Map<String, List<String>> columns, Set<String> required, int mostRows) {
        if (bytes.length >= 4 && bytes[0] == (byte) 0xD0 && bytes[1] == (byte) 0xCF) {
            throw new Problem.Invalid("file", "file.xls");
        }
        Map<String, String> headings = new HashMap<>();
        columns.forEach((column, names) -> names.forEach(name -> headings.put(name.toLowerCase(Locale.ROOT), column)));
        String needed = String.join(", ", required.stream().sorted().map(c -> columns.get(c).getFirst() + "/" + c).toList());
        boolean xlsx = bytes.length >= 2 && bytes[0] == 'P' && bytes[1] == 'K';
        List<Line> lines = xlsx ? xlsx(bytes, headings, required, needed, mostRows) : csv(bytes, headings, required, needed, mostRows);
        if (lines.isEmpty()) {
            throw new Problem.Invalid("file", "file.empty");
        }
        return lines;
    }

    private static List<Line> xlsx(byte[] bytes, Map<String, String> headings, Set<String> required, String needed, int mostRows) {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (InputStream in = new ByteArrayInputStream(bytes);
             Workbook workbook = StreamingReader.builder().rowCacheSize(200).bufferSize(8192).open(in)) {
            Map<String, Integer> header = null;
            List<Line> lines = new ArrayList<>();
            for (Row row : workbook.getSheetAt(0)) {
                if (header == null) {
                    List<String> names = new ArrayList<>();
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        names.add(text(row.getCell(c), formatter));
                    }
                    header = header(names, headings, required, needed);
                    continue;
                }
                add(lines, line(row.getRowNum() + 1, header, c -> text(row.getCell(c), formatter)), mostRows);
            }
            if (header == null) {
                throw new Problem.Invalid("file", "file.empty");
            }
            return lines;
        } catch (IOException | RuntimeException e) {
            if (e instanceof Problem problem) {
                throw problem;
            }
            throw new Problem.Invalid("file", "file.unreadable");
        }
    }

    private static List<Line> csv(byte[] bytes, Map<String, String> headings, Set<String> required, String needed, int mostRows) {
        try {
            var records = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get().parse(new StringReader(decode(bytes)));
            Map<String, Integer> header = null;
            List<Line> lines = new ArrayList<>();
            int rowNo = 0;
            for (CSVRecord record : records) {
                rowNo++;
                if (header == null) {
                    header = header(record.toList(), headings, required, needed);
                    continue;
                }
                add(lines, line(rowNo, header, c -> c < record.size() ? record.get(c) : null), mostRows);
            }
            return lines;
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new Problem.Invalid("file", "file.unreadable");
        }
    }

    private static void add(List<Line> lines, Line line, int mostRows) {
        if (line == null) {
            return;
        }
        if (lines.size() >= mostRows) {
            throw new Problem.Invalid("file", "file.tooLong", mostRows);
        }
        lines.add(line);
    }

    private static Map<String, Integer> header(List<String> names, Map<String, String> headings, Set<String> required, String needed) {
        Map<String, Integer> header = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i) == null ? "" : names.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
            String column = headings.get(name);
            if (column != null) {
                header.putIfAbsent(column, i);
            }
        }
        if (!header.keySet().containsAll(required)) {
            throw new Problem.Invalid("file", "file.columns", needed);
        }
        return header;
    }

    /** The row's values by column; null for a row with nothing in it. */
    private static Line line(int rowNo, Map<String, Integer> header, IntFunction<String> cell) {
        Map<String, String> values = new HashMap<>();
        header.forEach((column, index) -> {
            String value = cell.apply(index);
            if (value != null && !value.isBlank()) {
                values.put(column, value.strip());
            }
        });
        return values.isEmpty() ? null : new Line(rowNo, values);
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
