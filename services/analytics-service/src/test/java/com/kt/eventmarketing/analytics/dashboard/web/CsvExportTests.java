package com.kt.eventmarketing.analytics.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvExportTests {

    @Test
    void guardsCellsASpreadsheetWouldTakeForFormulas() {
        assertThat(CsvExport.text("=SUM(A1:A9)")).isEqualTo("'=SUM(A1:A9)");
        assertThat(CsvExport.text("+82 10")).isEqualTo("'+82 10");
        assertThat(CsvExport.text("-1")).isEqualTo("'-1");
        assertThat(CsvExport.text("@cmd")).isEqualTo("'@cmd");
        assertThat(CsvExport.text("가을 맞이 = 이벤트")).isEqualTo("가을 맞이 = 이벤트");
        assertThat(CsvExport.text(null)).isNull();
    }
}
