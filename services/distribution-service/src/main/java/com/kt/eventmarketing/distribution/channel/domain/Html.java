package com.kt.eventmarketing.distribution.channel.domain;

/** Escaping of owner-written text placed into HTML bodies. */
final class Html {

    private Html() {}

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Escaped text with line breaks kept. */
    static String paragraphs(String text) {
        return escape(text).replace("\n", "<br>");
    }
}
