package io.gridguard.iam;

/**
 * Delivers a resident's sign-in code (SMS gateway in production). The default writes it to the log;
 * a deployment provides its own bean to replace it.
 */
public interface OneTimeCodeSender {

    void send(String phone, String code);
}
