package io.gridguard.iam.internal;

import io.gridguard.iam.IamSettings;
import org.springframework.core.env.Environment;

/** Builds the token key outside Spring, so that its start-up rules can be tested directly. */
public final class TokenKeyFactory {

    private TokenKeyFactory() {
    }

    public static TokenKey create(IamSettings settings, Environment environment) {
        return new TokenKey(settings, environment);
    }
}
