package io.gridguard.support;

/** An instance's gauges, read as an operator reads them (Prometheus text, as district command). */
public final class Gauges {

    private Gauges() {
    }

    /** The gauge's value, or -1 when the instance does not show it. */
    public static double read(ApiClient api, String name) {
        String metrics = api.get("/actuator/prometheus", api.token("district")).body();
        return metrics.lines().filter(line -> line.startsWith(name + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.indexOf(' ') + 1))).findFirst().orElse(-1);
    }
}
