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
    private static final double STATUS_SCALE = 0.3;

    private final CaptionScreenModel model;
    private final LinesPane main = new LinesPane("caption-lines");
    private final LinesPane beneath = new LinesPane("caption-verbatim");
    private final Label status = new Label();
    private String themeSheet;

    public CaptionView(CaptionScreenModel model) {
        this.model = model;
        getStyleClass().add("caption-screen");
        beneath.getStyleClass().add("verbatim");
        status.getStyleClass().add("caption-status");
        status.setId("caption-status");
        getChildren().addAll(main, beneath, status);
        getStylesheets().add(Styles.url("captions-base.css"));
        applyTheme();
        model.lookProperty().addListener((o, a, b) -> {
            applyTheme();
            requestLayout();
        });
        model.revisionProperty().addListener((o, a, b) -> refresh(false));
        model.clearsProperty().addListener((o, a, b) -> refresh(true));
        model.frozenProperty().addListener((o, a, b) -> refresh(false));
        model.blankProperty().addListener((o, a, b) -> {
            main.setVisible(!b);
            beneath.setVisible(!b && model.look().mode() == CaptionMode.BOTH);
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

    private void showStatus() {
        String text = model.isBlank() ? "Captions hidden" : model.getStatus().text();
        if (model.isSlowDownShown() && !model.isBlank()) {
            text = text + " · Please slow down";
        }
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
        model.flow().setMaxChars(look.maxChars());
        Margins m = look.margins();
        double left = width * m.left() / 100;
        double right = width * m.right() / 100;
        double top = height * m.top() / 100;
        double bottom = height * m.bottom() / 100;
        double safeWidth = Math.max(10, width - left - right);
        double safeHeight = Math.max(10, height - top - bottom);

        double emPerChar = CaptionFontMetrics.emPerChar(look.fontFamily());
        // The chosen size, made smaller only if a full line of maxChars would not fit across the safe area.
        double size = Math.min(height * look.textSize() / 100, safeWidth / (look.maxChars() * emPerChar + 0.5));
        size = Math.max(6, size);
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
        main.setMetrics(Font.font(look.fontFamily(), size), lineHeight, mainLines, fromTop);
        beneath.setMetrics(Font.font(look.fontFamily(), smallSize), smallLineHeight, Math.max(1, smallLines), fromTop);

        double block = main.blockHeight() + (both ? beneath.blockHeight() : 0);
        double y = look.position() == CaptionPosition.BOTTOM ? height - bottom - block : top;
        main.resizeRelocate(left, y, safeWidth, main.blockHeight());
        beneath.resizeRelocate(left, y + main.blockHeight(), safeWidth, beneath.blockHeight());

        status.setFont(Font.font(look.fontFamily(), Math.max(10, size * STATUS_SCALE)));
        double statusWidth = status.prefWidth(-1);
        double statusHeight = status.prefHeight(statusWidth);
        double statusY = look.position() == CaptionPosition.TOP ? height - bottom / 2 - statusHeight : top / 2;
        status.resizeRelocate(width - right - statusWidth, Math.max(0, statusY), statusWidth, statusHeight);
        refresh(false);
    }
}
