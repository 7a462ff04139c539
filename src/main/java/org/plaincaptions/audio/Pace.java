package org.plaincaptions.audio;

/** How fast a recorded source (a file, a buffer) hands out its chunks. */
public enum Pace {
    /** Each chunk as soon as it is asked for: for transcribing a file. */
    AS_FAST_AS_POSSIBLE,
    /** Each chunk when a microphone would have captured it: for testing live behaviour on a recording. */
    REAL_TIME
}
