package io.gridguard.people;

/** The identity documents people are registered with. */
public enum IdType {
    /** 居民身份证 (also the 18-digit residence permits of Hong Kong, Macao and Taiwan residents). */
    RESIDENT_ID,
    PASSPORT,
    /** 港澳居民来往内地通行证. */
    HK_MACAO_PERMIT,
    /** 台湾居民来往大陆通行证. */
    TAIWAN_PERMIT;

    public String messageKey() {
        return "people.idType." + name();
    }
}
