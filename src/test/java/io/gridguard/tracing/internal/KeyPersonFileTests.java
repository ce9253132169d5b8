package io.gridguard.tracing.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import io.gridguard.shared.Problem;
import io.gridguard.tracing.internal.KeyPersonFile.Raw;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeyPersonFileTests {

    private static final String CSV = """
            类别,姓名,身份证号,手机号,来源地,抵达日期
            湖北来杭,张三,110101199003071234,13800000001,湖北省武汉市,2020-01-28

            境外,李四,,,,2020/2/3
            """;

    @Test
    void aCsvWithABomAndColumnsInAnyOrderIsReadRowByRowSkippingBlankLines() {
        byte[] bytes = ("\uFEFF" + CSV).getBytes(StandardCharsets.UTF_8);
        var rows = KeyPersonFile.read(bytes);
        assertThat(rows).hasSize(2);
        assertThat(rows.getFirst()).isEqualTo(new Raw(2, "张三", "110101199003071234", "13800000001", "湖北省武汉市", "2020-01-28", "湖北来杭"));
        assertThat(rows.get(1).rowNo()).as("the blank line still counts, as in the file").isEqualTo(3);
        assertThat(rows.get(1).idNumber()).isNull();
    }

    @Test
    void aCsvSavedByExcelInChinaIsGb18030() {
        var rows = KeyPersonFile.read(CSV.getBytes(Charset.forName("GB18030")));
        assertThat(rows.getFirst().name()).isEqualTo("张三");
        assertThat(rows.getFirst().origin()).isEqualTo("湖北省武汉市");
    }

    @Test
    void anXlsxIsReadWithEnglishHeadersAndRealDates() throws IOException {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet();
            String[] header = {"name", "idNumber", "origin", "category", "arrivalDate"};
            var head = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                head.createCell(i).setCellValue(header[i]);
            }
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("王五");
            row.createCell(1).setCellValue("110101199003071234");
            row.createCell(2).setCellValue("温州市");
            row.createCell(3).setCellValue("温州来杭");
            var date = row.createCell(4);
            date.setCellValue(LocalDate.of(2020, 2, 1));
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
            date.setCellStyle(style);
            workbook.write(out);
            var rows = KeyPersonFile.read(out.toByteArray());
            assertThat(rows).containsExactly(new Raw(2, "王五", "110101199003071234", null, "温州市", "2020-02-01", "温州来杭"));
        }
    }

    @Test
    void aFileWithoutTheRequiredColumnsOrInTheOldFormatIsRefusedAsAWhole() {
        assertThat(refusal("姓名,手机号\n张三,13800000001\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("file.columns");
        assertThat(refusal(new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0})).isEqualTo("file.xls");
        assertThat(refusal("姓名,身份证号,来源地,类别\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("file.empty");
        assertThat(refusal(new byte[]{'P', 'K', 3, 4, 0, 0, 0})).as("a broken workbook").isEqualTo("file.unreadable");
    }

    private static String refusal(byte[] bytes) {
        try {
            KeyPersonFile.read(bytes);
            return "read";
        } catch (Problem.Invalid invalid) {
            return invalid.fieldErrors().getFirst().messageKey();
        }
    }
}
