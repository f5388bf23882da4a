package com.kt.eventmarketing.content.design.domain;

/** One rejected field of an edit: which, and why. */
public record FieldProblem(String field, String message) {}
