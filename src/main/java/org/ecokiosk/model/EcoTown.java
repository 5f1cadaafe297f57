package org.ecokiosk.model;

/** A town or sub-district in the 生态文明示范镇街 campaign. batchYear 0 when not yet in a batch. */
public record EcoTown(String code, LocalizedText name, int batchYear, String status, LocalizedText summary,
                      DataOrigin origin) {
}
