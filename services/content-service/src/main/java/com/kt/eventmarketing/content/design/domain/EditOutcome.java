package com.kt.eventmarketing.content.design.domain;

import java.util.List;

/** What came of an edit: the new design, or the fields that cannot be accepted. */
public sealed interface EditOutcome {

    record Edited(Design design) implements EditOutcome {}

    record Rejected(List<FieldProblem> problems) implements EditOutcome {
        public Rejected {
            problems = List.copyOf(problems);
        }
    }
}
