package org.plaincaptions.publish;

import java.net.URI;

/** The edge's publisher interface (nchan's): post a message to a channel, delete a channel, ask what it holds. */
interface EdgeLink {
    /** Posts one message; returns how many messages the channel holds now. */
    int post(URI channel, String json) throws EdgeException;

    /** Deletes the channel and its messages (its readers are disconnected and reconnect); absent is fine. */
    void delete(URI channel) throws EdgeException;

    /** How many messages the channel holds; 0 when it does not exist. */
    int held(URI channel) throws EdgeException;
}
