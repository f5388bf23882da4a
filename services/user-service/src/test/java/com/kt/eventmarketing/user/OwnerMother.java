package com.kt.eventmarketing.user;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Sign-up bodies of believable store owners, each with its own e-mail and a valid business number. */
public final class OwnerMother {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final int[] WEIGHTS = {1, 3, 7, 1, 3, 7, 1, 3, 5};

    private OwnerMother() {}

    public static Map<String, Object> cafeOwner() {
        int n = SEQUENCE.incrementAndGet();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "김사장");
        body.put("phoneNumber", "010-1234-5678");
        body.put("email", "cafe" + n + "-" + System.nanoTime() + "@example.com");
        body.put("password", "Coffee!2026");
        body.put("storeName", "카페 봄");
        body.put("industry", "CAFE");
        body.put("address", "서울특별시 마포구 양화로 45");
        body.put("businessNumber", validBusinessNumber());
        body.put("averageSpend", 8000);
        return body;
    }

    public static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    /** A random 사업자등록번호 whose check digit is right. */
    public static String validBusinessNumber() {
        int[] d = new int[10];
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 9; i++) {
            d[i] = random.nextInt(10);
        }
        d[0] = 1 + random.nextInt(9);
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += d[i] * WEIGHTS[i];
        }
        sum += (d[8] * 5) / 10;
        d[9] = (10 - sum % 10) % 10;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            if (i == 3 || i == 5) {
                text.append('-');
            }
            text.append(d[i]);
        }
        return text.toString();
    }
}
