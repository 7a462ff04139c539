package org.plaincaptions.audio;

import java.util.Arrays;

/** Converted PCM waiting to be cut into chunks of a fixed size. Used by one thread. */
final class PcmQueue {
    private byte[] bytes = new byte[Pcm.DEFAULT_CHUNK_BYTES * 4];
    private int size;

    void add(byte[] more) {
        if (size + more.length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more.length));
        }
        System.arraycopy(more, 0, bytes, size, more.length);
        size += more.length;
    }

    int size() {
        return size;
    }

    /** Removes and returns the first {@code min(n, size())} bytes. */
    byte[] take(int n) {
        int count = Math.min(n, size);
        byte[] chunk = Arrays.copyOf(bytes, count);
        System.arraycopy(bytes, count, bytes, 0, size - count);
        size -= count;
        return chunk;
    }
}
