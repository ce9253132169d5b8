package io.gridguard.cockpit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import io.gridguard.cockpit.CockpitSettings;
import io.gridguard.shared.NodeLevel;
import io.gridguard.shared.ScopeNode;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

class AlertStreamTests {

    @Test
    void stoppingTheApplicationEndsEveryOpenStream() throws Exception {
        // neither opening a stream from a known last id nor closing reads the feed
        var stream = new AlertStream(null, new StaticMessageSource(),
                new CockpitSettings(15, ZoneId.of("Asia/Shanghai"), Duration.ofMinutes(1), ""));
        SseEmitter wall = stream.open(List.of(new ScopeNode(NodeLevel.DISTRICT, 1)), Locale.SIMPLIFIED_CHINESE, 0L);
        SseEmitter phone = stream.open(List.of(new ScopeNode(NodeLevel.STREET, 2)), Locale.ENGLISH, 0L);
        assertThat(stream.open()).isEqualTo(2);
        wall.send(SseEmitter.event().comment("still open"));

        stream.closeAll();

        assertThat(stream.open()).isZero();
        for (SseEmitter emitter : List.of(wall, phone)) {
            assertThatThrownBy(() -> emitter.send(SseEmitter.event().comment("after the stop")))
                    .isInstanceOf(IllegalStateException.class);
        }
    }
}
