import java.io.FileOutputStream;
import java.io.IOException;
import java.util.Random;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a key-person list for bench/key-person-import.sh: N rows, every 100th with a wrong ID checksum, the ID
 * numbers of registered residents (read from a file, one per line) for the rest where there are enough, else new
 * valid fictional ones. Usage: java KeyPersonList.java rows ids.txt out.xlsx
 */
public class KeyPersonList {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = "10X98765432".toCharArray();

    public static void main(String[] args) throws IOException {
        int rows = Integer.parseInt(args[0]);
        var registered = java.nio.file.Files.readAllLines(java.nio.file.Path.of(args[1]));
        Random random = new Random(20200208);
        try (var workbook = new SXSSFWorkbook(500); var out = new FileOutputStream(args[2])) {
            var sheet = workbook.createSheet("名单");
            String[] header = {"姓名", "身份证号", "手机号", "来源地", "抵达日期", "类别"};
            var head = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                head.createCell(c).setCellValue(header[c]);
            }
            for (int i = 1; i <= rows; i++) {
                String id = i <= registered.size() ? registered.get(i - 1) : fictional(random);
                if (i % 100 == 0) {
                    id = id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0');
                }
                var row = sheet.createRow(i);
                row.createCell(0).setCellValue("重点" + i);
                row.createCell(1).setCellValue(id);
                row.createCell(2).setCellValue("138" + String.format("%08d", i));
                row.createCell(3).setCellValue(i % 3 == 0 ? "浙江省温州市" : "湖北省武汉市");
                row.createCell(4).setCellValue("2020-01-" + (10 + i % 20));
                row.createCell(5).setCellValue(i % 3 == 0 ? "温州来杭" : "湖北来杭");
            }
            workbook.write(out);
        }
    }

    private static String fictional(Random random) {
        String first17 = "330106" + (1950 + random.nextInt(50)) + String.format("%02d%02d", 1 + random.nextInt(12), 1 + random.nextInt(28))
                + String.format("%03d", random.nextInt(1000));
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + CHECK[sum % 11];
    }
}
