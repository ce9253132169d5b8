package io.gridguard.tracing.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.gridguard.shared.TableFile;

/** Reads a key-person list as it comes from the upper level (see {@link TableFile}): headings in Chinese or English. */
public final class KeyPersonFile {

    public static final int MOST_ROWS = 200_000;

    /** One data row as written, before any checking; {@code rowNo} counts the header as row 1, as Excel does. */
    public record Raw(int rowNo, String name, String idNumber, String phone, String origin, String arrivalDate, String category) {
    }

    private static final Map<String, List<String>> COLUMNS = Map.of(
            "name", List.of("姓名", "name"),
            "idNumber", List.of("身份证号", "身份证号码", "证件号码", "idnumber", "id number"),
            "phone", List.of("手机号", "手机号码", "联系电话", "电话", "phone"),
            "origin", List.of("来源地", "来源地区", "来自", "origin"),
            "arrivalDate", List.of("抵达日期", "到达日期", "来杭日期", "arrivaldate", "arrival date"),
            "category", List.of("类别", "人员类别", "category"));

    private KeyPersonFile() {
    }

    public static List<Raw> read(byte[] bytes) {
        return TableFile.read(bytes, COLUMNS, Set.of("name", "idNumber", "origin", "category"), MOST_ROWS).stream()
                .map(l -> new Raw(l.rowNo(), l.get("name"), l.get("idNumber"), l.get("phone"), l.get("origin"), l.get("arrivalDate"),
                        l.get("category")))
                .toList();
    }
}
