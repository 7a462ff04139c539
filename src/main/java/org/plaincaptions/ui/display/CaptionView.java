package org.plaincaptions.ui.display;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import org.plaincaptions.captions.Track;
import org.plaincaptions.settings.CaptionLook;
import org.plaincaptions.settings.CaptionMode;
import org.plaincaptions.settings.CaptionPosition;
import org.plaincaptions.settings.Margins;

/**
 * What the room reads, as one node: the caption lines in the chosen look, and a small status word.
 * The caption screen shows one full size; the control room's preview shows another, scaled, bound
 * to the same {@link CaptionScreenModel}, so the preview is exactly what the room sees.
 */
public final class CaptionView extends Region {
    /** What was said, beneath plain captions in "both" mode, at this share of the caption size. */
    static final double BENEATH_SCALE = 0.55;
    /** The status word at half the caption size: about 4 % of the screen's height with the default look. */
    static final double STATUS_SCALE = 0.5;
    /** The card before captions start, a little smaller than captions. */
    private static final double WAITING_SCALE = 0.7;

    private final CaptionScreenModel model;
    private final LinesPane main = new LinesPane("caption-lines");
    private final LinesPane beneath = new LinesPane("caption-verbatim");
    private final Label status = new Label();
    private final Label waiting = new Label("Captions will appear here");
    private String themeSheet;

    public CaptionView(CaptionScreenModel model) {
        this.model = model;
        getStyleClass().add("caption-screen");
        beneath.getStyleClass().add("verbatim");
        status.getStyleClass().add("caption-status");
        status.setId("caption-status");
        waiting.getStyleClass().add("caption-waiting");
        waiting.setId("caption-waiting");
        getChildren().addAll(main, beneath, status, waiting);
        getStylesheets().add(Styles.url("captions-base.css"));
        applyTheme();
        model.lookProperty().addListener((o, a, b) -> {
            applyTheme();
            requestLayout();
        });
        model.revisionProperty().addListener((o, a, b) -> refresh(false));
        model.clearsProperty().addListener((o, a, b) -> refresh(true));
        model.frozenProperty().addListener((o, a, b) -> {
            refresh(false);
            showStatus();
        });
        model.blankProperty().addListener((o, a, b) -> {
            main.setVisible(!b);
            beneath.setVisible(!b && model.look().mode() == CaptionMode.BOTH);
            // Blank is dark in every theme (a white screen glares in a dark room), except the mixer's green.
            getStyleClass().remove("blank");
            if (b) {
                getStyleClass().add("blank");
            }
            showStatus();
        });
        model.statusProperty().addListener((o, a, b) -> showStatus());
        model.slowDownShownProperty().addListener((o, a, b) -> showStatus());
        showStatus();
    }

    public CaptionScreenModel model() {
        return model;
    }

    /** The lines shown now in the main (large) lines, top first. */
    public List<String> shownLines() {
        return main.isVisible() ? main.texts() : List.of();
    }

    /** The lines of what was said, shown smaller beneath in "both" mode. */
    public List<String> shownBeneath() {
        return beneath.isVisible() ? beneath.texts() : List.of();
    }

    public String statusText() {
        return status.getText();
    }

    LinesPane mainLines() {
        return main;
    }

    LinesPane beneathLines() {
        return beneath;
    }

    private void applyTheme() {
        String sheet = Styles.url(model.look().theme().stylesheet());
        if (!sheet.equals(themeSheet)) {
            if (themeSheet != null) {
                getStylesheets().remove(themeSheet);
            }
            getStylesheets().add(sheet);
            themeSheet = sheet;
        }
        CaptionLook look = model.look();
        boolean marking = look.markChanges() && look.mode() != CaptionMode.VERBATIM;
        main.getStyleClass().remove("marking");
        if (marking) {
            main.getStyleClass().add("marking");
        }
        beneath.setVisible(look.mode() == CaptionMode.BOTH && !model.isBlank());
    }

    /** The card "Captions will appear here", shown until the first start: the room knows it is the right screen. */
    public boolean waitingShown() {
        return waiting.isVisible();
    }

    private void showStatus() {
        String text = model.isBlank() ? "Captions hidden"
                : model.isFrozen() ? "Captions held" : model.getStatus().text();
        if (model.isSlowDownShown() && !model.isBlank()) {
            text = text + " · Please slow down";
        }
        boolean notStarted = model.getStatus() == RoomStatus.NOT_STARTED && !model.isBlank();
        waiting.setVisible(notStarted);
        status.setVisible(!notStarted);
        status.setText(text);
        status.getStyleClass().remove("slow-down");
        if (model.isSlowDownShown()) {
            status.getStyleClass().add("slow-down");
        }
    }

    /** Shows the model's newest lines, unless the screen is frozen. */
    private void refresh(boolean evenIfFrozen) {
        if (model.isFrozen() && !evenIfFrozen) {
            return;
        }
        CaptionLook look = model.look();
        Track track = look.mode() == CaptionMode.VERBATIM ? Track.RAW : Track.PLAIN;
        main.show(model.flow().lines(track, main.slots()));
        if (look.mode() == CaptionMode.BOTH) {
            beneath.show(model.flow().lines(Track.RAW, beneath.slots()));
        }
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double height = getHeight();
        if (width <= 0 || height <= 0) {
            return;
        }
        CaptionLook look = model.look();
        Margins m = look.margins();
        double left = width * m.left() / 100;
        double right = width * m.right() / 100;
        double top = height * m.top() / 100;
        double bottom = height * m.bottom() / 100;
        double safeWidth = Math.max(10, width - left - right);
        double safeHeight = Math.max(10, height - top - bottom);

        // The size chosen; lines hold as many words as fit across the safe area at that size, measured in
        // the font itself, and never more than the characters a line chosen (decision 0036).
        double size = Math.max(6, height * look.textSize() / 100);
        double lineHeight = size * look.lineSpacing();
        boolean both = look.mode() == CaptionMode.BOTH;
        double smallSize = size * BENEATH_SCALE;
        double smallLineHeight = smallSize * look.lineSpacing();
        boolean fill = look.position() == CaptionPosition.FILL;
        double mainShare = both ? (fill ? 0.65 : 1) : 1;
        int mainLines = fill ? (int) Math.floor(safeHeight * mainShare / lineHeight) : look.lines();
        mainLines = Math.max(1, Math.min(mainLines, (int) Math.floor(safeHeight / lineHeight)));
        int smallLines = 0;
        if (both) {
            double room = safeHeight - mainLines * lineHeight;
            smallLines = fill ? (int) Math.floor(room / smallLineHeight) : look.lines();
            smallLines = Math.max(1, Math.min(smallLines, (int) Math.floor(room / smallLineHeight)));
        }
        boolean fromTop = look.position() != CaptionPosition.BOTTOM;
        Font mainFont = Font.font(look.fontFamily(), size);
        Font smallFont = Font.font(look.fontFamily(), smallSize);
        main.setMetrics(mainFont, lineHeight, mainLines, fromTop);
        beneath.setMetrics(smallFont, smallLineHeight, Math.max(1, smallLines), fromTop);
        LineRule large = new LineRule(look.maxChars(), FontMeasure.of(mainFont), safeWidth);
        LineRule small = new LineRule(look.maxChars(), FontMeasure.of(smallFont), safeWidth);
        model.flow().setRule(Track.PLAIN, large);
        model.flow().setRule(Track.RAW, both ? small : large);
        model.shownLayout(new ShownLayout(charsThatFit(look, mainFont, safeWidth), mainLines, both ? smallLines : 0));

        double block = main.blockHeight() + (both ? beneath.blockHeight() : 0);
        double y = look.position() == CaptionPosition.BOTTOM ? height - bottom - block : top;
        main.resizeRelocate(left, y, safeWidth, main.blockHeight());
        beneath.resizeRelocate(left, y + main.blockHeight(), safeWidth, beneath.blockHeight());

        status.setFont(Font.font(look.fontFamily(), Math.max(10, size * STATUS_SCALE)));
        double statusWidth = Math.min(status.prefWidth(-1), safeWidth);
        double statusHeight = status.prefHeight(statusWidth);
        // In the margin away from the captions, reaching into the screen when the margin is small.
        double statusY = look.position() == CaptionPosition.TOP ? height - bottom / 2 - statusHeight : top / 2;
        status.resizeRelocate(width - right - statusWidth, Math.max(0, Math.min(statusY, height - statusHeight)),
                statusWidth, statusHeight);

        waiting.setFont(Font.font(look.fontFamily(), Math.max(10, size * WAITING_SCALE)));
        waiting.setWrapText(true);
        waiting.setMaxWidth(safeWidth);
        double waitingWidth = Math.min(waiting.prefWidth(-1), safeWidth);
        double waitingHeight = waiting.prefHeight(waitingWidth);
        waiting.resizeRelocate(left + (safeWidth - waitingWidth) / 2, top + (safeHeight - waitingHeight) / 2,
                waitingWidth, waitingHeight);
        refresh(false);
    }

    /** About how many characters of ordinary text fit on a line at this size, at most the number chosen. */
    private static int charsThatFit(CaptionLook look, Font font, double safeWidth) {
        FontMeasure measure = FontMeasure.of(font);
        double perChar = CaptionFontMetrics.emPerChar(look.fontFamily()) * font.getSize();
        int fit = perChar > 0 ? (int) Math.floor((safeWidth - measure.ends()) / perChar) : look.maxChars();
        return Math.max(1, Math.min(look.maxChars(), fit));
    }
}
