package io.gridguard.tracing.internal;

import java.time.LocalDate;

import io.gridguard.tracing.internal.KeyPersonFile.Raw;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeyPersonCheckTests {

    private static final LocalDate TODAY = LocalDate.of(2020, 2, 10);
    private static final String ID = "110101199003071233";

    private static String fault(String name, String id, String phone, String origin, String date, String category) {
        return KeyPersonCheck.check(new Raw(2, name, id, phone, origin, date, category), TODAY)
                .map(KeyPersonCheck.Rejection::key).orElse("ok");
    }

    @Test
    void eachFaultIsNamedAndAGoodRowPasses() {
        assertThat(fault("张三", ID, "13800000001", "武汉", "2020-01-28", "湖北来杭")).isEqualTo("ok");
        assertThat(fault("张三", ID, null, "武汉", null, "湖北来杭")).as("phone and date may be empty").isEqualTo("ok");
        assertThat(fault(null, ID, null, "武汉", null, "湖北来杭")).isEqualTo("keyPersons.row.nameMissing");
        assertThat(fault("张三", null, null, "武汉", null, "湖北来杭")).isEqualTo("keyPersons.row.idMissing");
        assertThat(fault("张三", "110101199003071234", null, "武汉", null, "湖北来杭")).isEqualTo("people.idNumber.checksum");
        assertThat(fault("张三", "12345", null, "武汉", null, "湖北来杭")).isEqualTo("people.idNumber.shape");
        assertThat(fault("张三", ID, "2800000001", "武汉", null, "湖北来杭")).isEqualTo("keyPersons.row.phone");
        assertThat(fault("张三", ID, null, null, null, "湖北来杭")).isEqualTo("keyPersons.row.originMissing");
        assertThat(fault("张三", ID, null, "武汉", null, null)).isEqualTo("keyPersons.row.categoryMissing");
        assertThat(fault("张三", ID, null, "武汉", "28/01/2020", "湖北来杭")).isEqualTo("keyPersons.row.date");
        assertThat(fault("张三", ID, null, "武汉", "2020-02-11", "湖北来杭")).isEqualTo("keyPersons.row.future");
        assertThat(fault("张三", ID, null, "武".repeat(51), null, "湖北来杭")).isEqualTo("keyPersons.row.tooLong");
    }

    @Test
    void slashedDatesAreRead() {
        assertThat(KeyPersonCheck.date("2020/2/3")).isEqualTo(LocalDate.of(2020, 2, 3));
        assertThat(KeyPersonCheck.date("2020-02-03")).isEqualTo(LocalDate.of(2020, 2, 3));
        assertThat(KeyPersonCheck.date("yesterday")).isNull();
    }
}
