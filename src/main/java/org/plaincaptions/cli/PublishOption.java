package org.plaincaptions.cli;

import java.util.Optional;
import org.plaincaptions.publish.EdgeAddress;
import picocli.CommandLine.Option;

/** {@code --publish URL}, for the desktop app and transcribe: the room's publisher address on an edge server. */
public final class PublishOption {
    @Option(names = "--publish", paramLabel = "URL",
            description = "Publish the captions to an edge server (nginx with nchan) for readers beyond this"
                    + " laptop: its publisher URL for this room, for example http://edge.example:8080/pub/hall-a"
                    + " (see deploy/nginx/). Off unless given.")
    String publish;

    /** The edge's address, if publishing was asked for. */
    public Optional<EdgeAddress> address() throws UserError {
        if (publish == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(EdgeAddress.parse(publish));
        } catch (IllegalArgumentException e) {
            throw new UserError("--publish: " + e.getMessage() + ".");
        }
    }
}
