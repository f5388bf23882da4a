package com.kt.eventmarketing.web.ui.session;

import jakarta.servlet.http.HttpServletRequest;

/** Whether a request was made by htmx (a fragment is wanted, not a page). */
public final class HtmxRequests {

    private HtmxRequests() {}

    public static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }
}
