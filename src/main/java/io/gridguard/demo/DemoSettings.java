package io.gridguard.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled   generate the demo district on an empty database
 * @param residents how many residents to generate (20,000 by default; 1,000,000 for benchmarks)
 * @param seed      the random seed; the same seed and size give the same district
 */
@ConfigurationProperties("gridguard.demo")
record DemoSettings(@DefaultValue("false") boolean enabled, @DefaultValue("20000") int residents,
                    @DefaultValue("20200208") long seed) {
}
