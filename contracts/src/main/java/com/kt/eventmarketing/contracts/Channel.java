package com.kt.eventmarketing.contracts;

/** The distribution channels of the catalogue (ARCHITECTURE §1.5). */
public enum Channel {
    URIDONGNE_TV("우리동네TV"),
    RINGO_BIZ("링고비즈"),
    GENIE_TV("지니TV"),
    INSTAGRAM("인스타그램"),
    NAVER_BLOG("네이버 블로그"),
    KAKAO_CHANNEL("카카오톡 채널"),
    SMS("문자(SMS)"),
    EMAIL("이메일");

    private final String koreanName;

    Channel(String koreanName) {
        this.koreanName = koreanName;
    }

    public String koreanName() {
        return koreanName;
    }

    /** Messages that go to past participants with marketing consent only (advertising rules apply). */
    public boolean isDirectMarketing() {
        return this == SMS || this == EMAIL || this == KAKAO_CHANNEL;
    }
}
