package io.gridguard.support;

import java.util.concurrent.atomic.AtomicInteger;

import io.gridguard.people.ResidentIdNumber;

/** Fresh, valid, fictional resident ID numbers for tests (region 110199, never used by the demo). */
public final class Ids {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 500));

    private Ids() {
    }

    public static String next() {
        int n = SEQUENCE.incrementAndGet();
        String first17 = "110199" + "1985" + "%02d".formatted(1 + n % 12) + "%02d".formatted(1 + (n / 12) % 28) + "%03d".formatted(n % 1000);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    public static String birthDateOf(String idNumber) {
        return idNumber.substring(6, 10) + "-" + idNumber.substring(10, 12) + "-" + idNumber.substring(12, 14);
    }

    public static String withWrongChecksum(String idNumber) {
        char last = idNumber.charAt(17);
        return idNumber.substring(0, 17) + (last == '0' ? '1' : last == 'X' ? '0' : (char) (last - 1));
    }
}
