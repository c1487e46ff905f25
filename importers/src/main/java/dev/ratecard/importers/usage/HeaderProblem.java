package dev.ratecard.importers.usage;

/** Why a CSV header cannot be read: the column concerned (or {@code null}) and the reason. */
record HeaderProblem(String column, String reason) {
}
