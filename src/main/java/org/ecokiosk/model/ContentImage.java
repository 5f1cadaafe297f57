package org.ecokiosk.model;

/** An image referenced by content, stored in the snapshot so the kiosk never reads content/. */
public record ContentImage(String name, String mediaType, byte[] bytes) {
    public ContentImage {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
