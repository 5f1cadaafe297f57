package org.ecokiosk.model;

import java.time.LocalDate;

/**
 * A document in which the district published its own figures (a 环境状况公报, a yearbook): what
 * residents and officers are told a published figure comes from.
 *
 * @param title     "《2022年沙坪坝区环境状况公报》" and its English rendering
 * @param publisher who published it, e.g. 重庆市沙坪坝区人民政府
 * @param url       where it was published (https)
 */
public record PublishedDocument(LocalizedText title, String publisher, LocalDate publishedOn, String url) {
}
