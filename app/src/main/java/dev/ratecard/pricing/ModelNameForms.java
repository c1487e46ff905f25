package dev.ratecard.pricing;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The normalisation rules for model names, from the mildest to the most lossy. Both a log's name and every
 * entry's id go through the same steps, so that {@code claude-3.5-sonnet} and {@code claude-3-5-sonnet} meet
 * at the dotted-version step whichever side wrote which. A name is compared after each step, so a match
 * found early (say, only the prefix dropped) wins over one that needed the date dropped too.
 */
final class ModelNameForms {

    record Step(MatchRule rule, UnaryOperator<String> apply) {
    }

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern BEDROCK_ARN =
            Pattern.compile("^arn:aws[a-z-]*:bedrock:[^:]*:[^:]*:[a-z-]+/(.+)$");
    private static final Pattern OPENAI_FINE_TUNE = Pattern.compile("^ft:([^:]+)(?::.*)?$");
    private static final Pattern AZURE_FINE_TUNE = Pattern.compile("^(.+)\\.ft-[0-9a-z]+$");
    private static final Pattern BEDROCK_VENDOR = Pattern.compile(
            "^(?:(?:us|eu|apac|global|us-gov|ca|jp|au)\\.)?"
                    + "(?:anthropic|meta|amazon|cohere|mistral|ai21|deepseek|qwen|openai|writer)\\.(.+)$");
    private static final Pattern VARIANT = Pattern.compile(":[a-z][a-z0-9_-]*$");
    private static final Pattern BEDROCK_VERSION = Pattern.compile("-v\\d+(?::\\d+)?(?::\\d+k)?$");
    private static final Pattern VERTEX_VERSION = Pattern.compile("@(?!\\d{8}$)[a-z0-9._-]+$");
    private static final Pattern VERTEX_DATE = Pattern.compile("@(\\d{8})$");
    private static final Pattern DOT_BETWEEN_DIGITS = Pattern.compile("(?<=\\d)\\.(?=\\d)");
    private static final Pattern DATE = Pattern.compile("[-@](?:\\d{4}-\\d{2}-\\d{2}|\\d{8})$");

    /** In the order they are applied. */
    static final List<Step> STEPS = List.of(
            new Step(MatchRule.CASE_AND_WHITESPACE,
                    name -> WHITESPACE.matcher(name.strip().toLowerCase(Locale.ROOT)).replaceAll("-")),
            new Step(MatchRule.BEDROCK_ARN, name -> group(BEDROCK_ARN, name)),
            new Step(MatchRule.FINE_TUNE_BASE, name -> group(AZURE_FINE_TUNE, group(OPENAI_FINE_TUNE, name))),
            new Step(MatchRule.PROVIDER_PREFIX, ModelNameForms::lastPathSegment),
            new Step(MatchRule.BEDROCK_ID, name -> group(BEDROCK_VENDOR, name)),
            new Step(MatchRule.VARIANT_SUFFIX, name -> strip(VARIANT, name)),
            new Step(MatchRule.VERSION_SUFFIX, name ->
                    VERTEX_DATE.matcher(strip(VERTEX_VERSION, strip(BEDROCK_VERSION, name))).replaceFirst("-$1")),
            new Step(MatchRule.DOTTED_VERSION, name -> DOT_BETWEEN_DIGITS.matcher(name).replaceAll("-")),
            new Step(MatchRule.DATE_SUFFIX, name -> strip(DATE, name)));

    /** The name after each step, and which steps changed it. */
    record Forms(String[] names, boolean[] changed) {
        int levels() {
            return names.length;
        }
    }

    private ModelNameForms() {
    }

    static Forms of(String name) {
        String[] names = new String[STEPS.size()];
        boolean[] changed = new boolean[STEPS.size()];
        String current = name;
        for (int i = 0; i < names.length; i++) {
            String next = STEPS.get(i).apply().apply(current);
            changed[i] = !next.equals(current);
            names[i] = next;
            current = next;
        }
        return new Forms(names, changed);
    }

    private static String group(Pattern pattern, String name) {
        Matcher m = pattern.matcher(name);
        return m.matches() ? m.group(1) : name;
    }

    private static String strip(Pattern pattern, String name) {
        String stripped = pattern.matcher(name).replaceFirst("");
        return stripped.isEmpty() ? name : stripped;
    }

    private static String lastPathSegment(String name) {
        int slash = name.lastIndexOf('/');
        return slash < 0 || slash == name.length() - 1 ? name : name.substring(slash + 1);
    }
}
