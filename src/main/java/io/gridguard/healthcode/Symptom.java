package io.gridguard.healthcode;

/** Symptoms a resident can report in their daily check-in (健康打卡). */
public enum Symptom {
    FEVER, COUGH, FATIGUE, SHORT_OF_BREATH, SORE_THROAT, DIARRHOEA, LOSS_OF_TASTE;

    public String messageKey() {
        return "symptom." + name();
    }
}
