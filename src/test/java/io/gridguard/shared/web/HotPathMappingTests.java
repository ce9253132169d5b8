package io.gridguard.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

class HotPathMappingTests {

    private final WebApplicationContextRunner web = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(WebMvcAutoConfiguration.class))
            .withUserConfiguration(HotPathMapping.class);

    @RestController
    static class HotOnly {
        @HotPath
        @PostMapping("/gates/{id}/scans")
        String scan(@PathVariable long id) {
            return "scanned";
        }

        @GetMapping("/gates/{id}")
        String gate(@PathVariable long id) {
            return "gate";
        }
    }

    /** The same, and a plain endpoint on the hot path. */
    @RestController
    static class SharesAHotPath extends HotOnly {
        @GetMapping("/gates/{id}/scans")
        String list(@PathVariable long id) {
            return "list";
        }
    }

    @Test
    void eachEndpointIsInExactlyOneMapping() {
        web.withUserConfiguration(HotOnly.class).run(context -> {
            assertThat(context).hasNotFailed();
            var hot = context.getBean("hotPathHandlerMapping", RequestMappingHandlerMapping.class);
            var usual = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
            assertThat(hot.getHandlerMethods().keySet()).singleElement()
                    .satisfies(info -> assertThat(info.getPatternValues()).containsExactly("/gates/{id}/scans"));
            assertThat(usual.getHandlerMethods().keySet()).singleElement()
                    .satisfies(info -> assertThat(info.getPatternValues()).containsExactly("/gates/{id}"));
        });
    }

    @Test
    void aPlainEndpointOnAHotPathStopsTheStart() {
        web.withUserConfiguration(SharesAHotPath.class).run(context -> assertThat(context).hasFailed()
                .getFailure().hasMessage("Endpoints on the @HotPath paths [/gates/{id}/scans] must be @HotPath too"));
    }
}
