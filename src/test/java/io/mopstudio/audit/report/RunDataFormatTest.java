package io.mopstudio.audit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** CSV cells: quoting by RFC 4180, and no cell a spreadsheet would run as a formula. */
class RunDataFormatTest {

    @Test
    void plainTextStaysAsIs() {
        assertEquals("drain_connections", RunDataFormat.cell("drain_connections"));
    }

    @Test
    void commasQuotesAndLineBreaksAreQuoted() {
        assertEquals("\"a,b\"", RunDataFormat.cell("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", RunDataFormat.cell("say \"hi\""));
        assertEquals("\"line\nnext\"", RunDataFormat.cell("line\nnext"));
    }

    @Test
    void formulaLookingTextIsDefused() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", RunDataFormat.cell("=HYPERLINK(\"x\")"));
        assertEquals("\"'+1\"", RunDataFormat.cell("+1"));
        assertEquals("\"'@SUM(A1)\"", RunDataFormat.cell("@SUM(A1)"));
    }
}
