package dev.ratecard.scenario;

/**
 * The pair the sensitivity table and the main findings are about: {@code subject} (usually the self-hosted
 * option) against {@code baseline} (usually the API it would replace). Either may be {@code null}: the subject
 * then defaults to the first self-hosted option (else the first option), the baseline to the cheapest other
 * option at the current volume.
 */
public record Focus(String subject, String baseline) {
    public static final Focus DEFAULT = new Focus(null, null);
}
