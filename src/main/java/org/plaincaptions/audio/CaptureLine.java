package org.plaincaptions.audio;

import javax.sound.sampled.AudioFormat;

/** An open, started input line: the little of {@link javax.sound.sampled.TargetDataLine} a microphone source uses. */
interface CaptureLine {

    /** The device, as a user would name it. */
    String deviceName();

    /** The format the device records in; not necessarily {@link Pcm#FORMAT}. */
    AudioFormat format();

    /** Bytes that {@link #read} can return without waiting. */
    int available();

    /** Reads up to {@code length} bytes, whole frames; {@code length} no more than {@link #available()}. */
    int read(byte[] buffer, int offset, int length);

    /** Stops and releases the device. Any thread, more than once. */
    void close();
}
