package org.plaincaptions.plain;

import java.util.ArrayList;
import java.util.List;

/**
 * A small reader for the CSV that spreadsheets write (RFC 4180: commas, double quotes, quotes doubled
 * inside quotes, CRLF or LF), keeping each row's line numbers. Written for the glossary because a
 * general CSV library costs more to load than the whole glossary does. It never fails: a row whose
 * quoted cell never closes is returned marked {@link Row#unclosed()}, and the reader can be moved on
 * to the next line to read past damage.
 */
final class CsvRows {
    /**
     * One row: its cells, trimmed, and where it is.
     *
     * @param line       the line it starts on (counting from 1)
     * @param lastLine   the line it ends on (later than {@code line} when a quoted cell holds line breaks)
     * @param nextLine   where the line after {@code line} starts in the text, to read on from there
     * @param unclosed   a quoted cell in it never closes: the rest of the text was swallowed into it
     */
    record Row(List<String> cells, int line, int lastLine, int nextLine, boolean unclosed) {
    }

    private final String text;
    private int i;
    private int line = 1;

    CsvRows(String text) {
        this.text = text;
    }

    /** All rows of {@code text}, damaged ones included; blank lines and {@code #} comments are skipped. */
    static List<Row> read(String text) {
        CsvRows reader = new CsvRows(text);
        List<Row> rows = new ArrayList<>();
        Row row;
        while ((row = reader.next()) != null) {
            rows.add(row);
        }
        return rows;
    }

    /** Reads on from the line after {@code row}'s first line, as if the row were not there. */
    void skipPast(Row row) {
        i = row.nextLine();
        line = row.line() + 1;
    }

    /** The next row, or null at the end of the text. */
    Row next() {
        int n = text.length();
        while (i < n) {
            int rowLine = line;
            int rowStart = i;
            char first = text.charAt(i);
            if (first == '#' || first == '\n' || first == '\r' && (i + 1 >= n || text.charAt(i + 1) == '\n')) {
                int end = text.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
                line++;
                continue;
            }
            List<String> cells = new ArrayList<>(6);
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            boolean rowDone = false;
            while (i < n && !rowDone) {
                char c = text.charAt(i++);
                if (quoted) {
                    if (c == '"' && i < n && text.charAt(i) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        line += c == '\n' ? 1 : 0;
                        cell.append(c);
                    }
                } else if (c == '"' && cell.toString().isBlank()) {
                    cell.setLength(0);
                    quoted = true;
                } else if (c == ',') {
                    cells.add(cell.toString().strip());
                    cell.setLength(0);
                } else if (c == '\n') {
                    line++;
                    rowDone = true;
                } else if (c != '\r') {
                    cell.append(c);
                }
            }
            cells.add(cell.toString().strip());
            int lastLine = rowDone ? line - 1 : line;
            int firstLineEnd = text.indexOf('\n', rowStart);
            int nextLine = firstLineEnd < 0 ? n : firstLineEnd + 1;
            if (!(cells.size() == 1 && cells.get(0).isEmpty()) || quoted) {
                return new Row(cells, rowLine, lastLine, nextLine, quoted);
            }
        }
        return null;
    }
}
