package io.gridguard.dispatch.internal;

import io.gridguard.dispatch.Level;
import io.gridguard.dispatch.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Until an SMS gateway or a webhook is configured (a bean of {@link Notifications}), notifications go to the log. */
@Configuration(proxyBeanMethods = false)
class LoggedNotifications {

    private static final Logger log = LoggerFactory.getLogger(LoggedNotifications.class);

    @Bean
    @ConditionalOnMissingBean(Notifications.class)
    Notifications notificationsToTheLog() {
        return (eventId, level, message) -> log.info("Notify {} about event {}: {}", level, eventId, message);
    }
}
