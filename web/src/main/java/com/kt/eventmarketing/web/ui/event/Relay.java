package com.kt.eventmarketing.web.ui.event;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Copies a service's streamed answer (a CSV, an event stream) to the browser as it arrives. When the browser goes
 * away the copy simply stops, which closes the service's stream too; a failure of the service's side is thrown.
 */
final class Relay {

    private Relay() {}

    /** @param flushEachRead for event streams: every piece goes out at once */
    static void copy(InputStream from, OutputStream to, boolean flushEachRead) throws IOException {
        byte[] buffer = new byte[16 * 1024];
        int read;
        while ((read = from.read(buffer)) != -1) {
            try {
                to.write(buffer, 0, read);
                if (flushEachRead) {
                    to.flush();
                }
            } catch (IOException browserGone) {
                return;
            }
        }
        try {
            to.flush();
        } catch (IOException browserGone) {
            // nothing left to tell it
        }
    }
}
