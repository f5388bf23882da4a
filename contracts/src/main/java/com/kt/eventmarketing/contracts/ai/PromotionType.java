package com.kt.eventmarketing.contracts.ai;

/** How an event rewards its participants. */
public enum PromotionType {
    /** 추첨: participants enter, winners are drawn. */
    DRAW,
    /** 쿠폰: every participant gets a coupon. */
    COUPON,
    /** 할인: a price reduction for a period. */
    DISCOUNT,
    /** 증정: a free item with a visit or purchase. */
    FREEBIE,
    /** 스탬프: a reward after N visits. */
    STAMP,
    /** 묶음/세트: a bundle price. */
    BUNDLE,
    /** 리뷰 이벤트: a reward for a review or post. */
    REVIEW,
    /** 친구 추천: a reward for bringing a friend. */
    REFERRAL
}
