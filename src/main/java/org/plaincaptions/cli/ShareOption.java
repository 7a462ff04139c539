package org.plaincaptions.cli;

import java.util.Optional;
import org.plaincaptions.share.ShareServer;
import org.plaincaptions.share.ShareSpec;
import picocli.CommandLine.Option;

/** {@code --share [HOST:]PORT} and {@code --room-code CODE}, for the desktop app and transcribe. */
public final class ShareOption {
    @Option(names = "--share", paramLabel = "[HOST:]PORT",
            description = "Share the captions to readers' phones on the local network: serve the reader page on this"
                    + " port (of every network of this computer, or of HOST). The address to open is printed on"
                    + " standard error. Off unless given.")
    String share;

    @Option(names = "--room-code", paramLabel = "CODE",
            description = "With --share: readers need this code (the QR code carries it).")
    String roomCode;

    /** The server's options, if sharing was asked for. */
    public Optional<ShareServer.Options> options() throws UserError {
        if (share == null) {
            if (roomCode != null) {
                throw new UserError("--room-code needs --share [HOST:]PORT as well.");
            }
            return Optional.empty();
        }
        ShareSpec spec;
        try {
            spec = ShareSpec.parse(share);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage() + ".");
        }
        return Optional.of(new ShareServer.Options(spec.host(), spec.port(), Optional.ofNullable(roomCode),
                ShareServer.Options.DEFAULT_MAX_READERS));
    }
}
