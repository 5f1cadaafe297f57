package org.ecokiosk.model;

/** The kinds of Markdown content staff write. */
public enum PageKind {
    PAGE("pages"), NEWS("news"), CAMPAIGN("campaign");

    private final String folder;

    PageKind(String folder) {
        this.folder = folder;
    }

    /** The folder under content/ that holds this kind. */
    public String folder() {
        return folder;
    }
}
