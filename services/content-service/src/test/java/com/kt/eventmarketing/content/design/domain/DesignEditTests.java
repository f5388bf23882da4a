package com.kt.eventmarketing.content.design.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.kt.eventmarketing.content.DesignMother;
import com.kt.eventmarketing.contracts.content.ImagePlatform;
import com.kt.eventmarketing.contracts.content.ImageStyle;
import org.junit.jupiter.api.Test;

class DesignEditTests {

    private final Design design = DesignMother.cafe(ImageStyle.SIMPLE, ImagePlatform.INSTAGRAM);

    private static DesignEdit texts(String eventName, String benefit) {
        return new DesignEdit(eventName, benefit, null, null, null, null, null, null, null, null, null, null);
    }

    private static DesignEdit colours(String background, String text, String accent) {
        return new DesignEdit(null, null, null, null, null, background, text, accent, null, null, null, null);
    }

    private EditOutcome apply(DesignEdit edit) {
        return edit.applyTo(design, platform -> DesignMother.LINK.forImage(design.eventId(), platform));
    }

    @Test
    void changesTheTextsAndKeepsTheRest() {
        EditOutcome outcome = apply(texts("여름 한정 빙수 이벤트", null));

        assertThat(outcome).isInstanceOf(EditOutcome.Edited.class);
        Design edited = ((EditOutcome.Edited) outcome).design();
        assertThat(edited.texts().eventName()).isEqualTo("여름 한정 빙수 이벤트");
        assertThat(edited.texts().benefit()).isEqualTo(design.texts().benefit());
        assertThat(edited.palette()).isEqualTo(design.palette());
        assertThat(edited.participationUrl()).isEqualTo(design.participationUrl());
    }

    @Test
    void rejectsEmptyAndTooLongTextsNamingEachField() {
        EditOutcome outcome = apply(texts("  ", "혜".repeat(61)));

        assertThat(outcome).isInstanceOf(EditOutcome.Rejected.class);
        assertThat(((EditOutcome.Rejected) outcome).problems())
                .extracting(FieldProblem::field, FieldProblem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("eventName", "must not be empty"),
                        org.assertj.core.groups.Tuple.tuple("benefit", "must be at most 60 characters (it has 61)"));
    }

    @Test
    void rejectsColoursThatAreNotHex() {
        EditOutcome outcome = apply(colours("white", "#12", null));

        assertThat(((EditOutcome.Rejected) outcome).problems())
                .extracting(FieldProblem::field)
                .containsExactly("backgroundColor", "textColor");
    }

    @Test
    void rejectsATextColourThatWouldBeUnreadable() {
        EditOutcome outcome = apply(colours("#FFFFFF", "#DDDDDD", null));

        FieldProblem problem = ((EditOutcome.Rejected) outcome).problems().getFirst();
        assertThat(problem.field()).isEqualTo("textColor");
        assertThat(problem.message()).contains("1.4:1").contains("4.5:1");
    }

    @Test
    void adjustsTheTextColourWhenOnlyTheBackgroundChanges() {
        EditOutcome outcome = apply(colours("#0B1F3A", null, null));

        Design edited = ((EditOutcome.Edited) outcome).design();
        assertThat(edited.palette().background()).isEqualTo(Rgb.hex("#0B1F3A"));
        assertThat(edited.palette().weakestTextContrast(ImageStyle.SIMPLE)).isGreaterThanOrEqualTo(Rgb.AA_TEXT);
    }

    @Test
    void anotherPlatformSendsItsQrCodeToThatChannel() {
        DesignEdit edit =
                new DesignEdit(null, null, null, null, null, null, null, null, null, null, null, ImagePlatform.POSTER);

        Design edited = ((EditOutcome.Edited) apply(edit)).design();

        assertThat(edited.platform()).isEqualTo(ImagePlatform.POSTER);
        assertThat(edited.participationUrl()).endsWith("?ch=STORE");
    }

    @Test
    void anotherStyleTakesThatStylesColoursAndLayout() {
        DesignEdit edit =
                new DesignEdit(null, null, null, null, null, null, null, null, null, null, ImageStyle.FANCY, null);

        Design edited = ((EditOutcome.Edited) apply(edit)).design();

        assertThat(edited.palette())
                .isEqualTo(Palettes.derive("CAFE", design.texts().storeName(), ImageStyle.FANCY));
        assertThat(edited.layout()).isEqualTo(LayoutOptions.defaultFor(ImageStyle.FANCY));
    }

    @Test
    void anEditWithoutChangesIsRejected() {
        EditOutcome outcome = apply(texts(null, null));

        assertThat(((EditOutcome.Rejected) outcome).problems())
                .extracting(FieldProblem::field)
                .containsExactly("edit");
    }

    @Test
    void writesThePeriodTheKoreanWay() {
        assertThat(Period.format(java.time.LocalDate.of(2026, 5, 1), java.time.LocalDate.of(2026, 5, 31)))
                .isEqualTo("2026.05.01(금) ~ 05.31(일)");
        assertThat(Period.format(java.time.LocalDate.of(2026, 12, 20), java.time.LocalDate.of(2027, 1, 3)))
                .isEqualTo("2026.12.20(일) ~ 2027.01.03(일)");
        assertThat(Period.format(null, null)).isEmpty();
    }
}
