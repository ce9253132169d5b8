package io.gridguard.dispatch;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param photoDir      where event photos are kept (files, not database rows): one folder per event
 * @param mostPhotoBytes the largest photo accepted
 * @param mostPhotos     photos per report or step
 * @param zone           the district's time zone, in which pages show deadlines (the health code's setting)
 */
@ConfigurationProperties("gridguard.dispatch")
public record DispatchSettings(@DefaultValue("./data/photos") Path photoDir, @DefaultValue("8388608") int mostPhotoBytes,
                               @DefaultValue("6") int mostPhotos, @DefaultValue("Asia/Shanghai") java.time.ZoneId zone) {
}
