package io.gridguard;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class GridGuardApplication {

    public static void main(String[] args) {
        SpringApplication.run(GridGuardApplication.class, args);
    }
}
