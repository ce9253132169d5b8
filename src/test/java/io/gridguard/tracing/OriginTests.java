package io.gridguard.tracing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OriginTests {

    @Test
    void seed003sColumnsFromAListsOriginAndCategory() {
        assertThat(TracingFigures.Origin.of("湖北省武汉市", "湖北来杭")).isEqualTo(TracingFigures.Origin.HUBEI);
        assertThat(TracingFigures.Origin.of("浙江省温州市", null)).isEqualTo(TracingFigures.Origin.WENZHOU);
        assertThat(TracingFigures.Origin.of("台州市", "")).isEqualTo(TracingFigures.Origin.TAIZHOU);
        assertThat(TracingFigures.Origin.of("意大利米兰", "境外入境")).isEqualTo(TracingFigures.Origin.ABROAD);
        assertThat(TracingFigures.Origin.of("湖北省", "境外")).as("abroad by category first").isEqualTo(TracingFigures.Origin.ABROAD);
        assertThat(TracingFigures.Origin.of("河南省信阳市", "重点地区")).isEqualTo(TracingFigures.Origin.OTHER);
    }
}
