package com.kt.eventmarketing.user.account.domain;

/** 업종: the kinds of store the platform plans events for. */
public enum Industry {
    CAFE("카페"),
    RESTAURANT("음식점"),
    BAKERY("베이커리"),
    BAR("주점"),
    BEAUTY("미용·뷰티"),
    NAIL("네일"),
    ACADEMY("학원·교육"),
    FITNESS("운동·피트니스"),
    RETAIL("소매점"),
    FLOWER("꽃집"),
    PET("반려동물"),
    OTHER("기타");

    private final String koreanName;

    Industry(String koreanName) {
        this.koreanName = koreanName;
    }

    public String koreanName() {
        return koreanName;
    }
}
