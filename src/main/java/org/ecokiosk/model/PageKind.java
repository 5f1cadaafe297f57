package org.ecokiosk.model;

/**
 * The kinds of Markdown content staff write. {@link #BULLETIN} holds the chapters a disclosure
 * officer writes for a year's bulletin (综述, 主要措施); the kiosk does not show them.
 */
public enum PageKind {
    PAGE("pages"), NEWS("news"), CAMPAIGN("campaign"), BULLETIN("bulletin");

    private final String folder;

    PageKind(String folder) {
        this.folder = folder;
    }

    /** The folder under content/ that holds this kind. */
    public String folder() {
        return folder;
    }
}
