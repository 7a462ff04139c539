package org.plaincaptions.plain;

import java.util.ArrayList;
import java.util.List;

/**
 * A small reader for the CSV that spreadsheets write (RFC 4180: commas, double quotes, quotes doubled
 * inside quotes, CRLF or LF), keeping each row's line number. Written for the glossary because a
 * general CSV library costs more to load than the whole glossary does.
 */
final class CsvRows {
    /** One row: its cells, trimmed, and the line it starts on (counting from 1). */
    record Row(List<String> cells, int line) {
    }

    private CsvRows() {
    }

    /**
     * The rows of {@code text}; blank lines and lines starting with {@code #} are skipped.
     *
     * @throws IllegalArgumentException for a quoted cell that never ends
     */
    static List<Row> read(String text) {
        List<Row> rows = new ArrayList<>();
        int n = text.length();
        int i = 0;
        int line = 1;
        while (i < n) {
            int rowLine = line;
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
            if (quoted) {
                throw new IllegalArgumentException("line " + rowLine + ": a quoted cell has no closing quote");
            }
            cells.add(cell.toString().strip());
            if (!(cells.size() == 1 && cells.get(0).isEmpty())) {
                rows.add(new Row(cells, rowLine));
            }
        }
        return rows;
    }
}
