package dev.ratecard.importers.usage;

import dev.ratecard.importers.model.ReportedCost;
import dev.ratecard.importers.model.Routes;
import dev.ratecard.importers.model.Tags;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.importers.text.NumberParser;
import dev.ratecard.importers.text.TimestampParser;
import dev.ratecard.importers.text.ValueFormatException;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The request log's common lines, read without a JSON tree: a line the {@link FlatJsonScanner} takes, whose
 * usage is whole non-negative counts that add up and whose time and model are there, becomes its record here,
 * exactly as {@link RequestLogReader} would make it (same fields looked up in the same order, the same
 * buckets, the same tags). Every other line (a problem to report, a warning, an error response, a decimal
 * cost) is declined and read as a tree, so that issues are worded in one place. About three times faster
 * than building the tree, which is most of what pricing a request log costs.
 */
final class RequestLogFastPath {
    /** Where the response object can be: the line itself, its {@code response}, or {@code response.body}. */
    private static final String[] RESPONSE_ROOTS = {"", "response.", "response.body."};

    /** Thrown, without a stack trace, where the line is left to the tree reader. */
    private static final class Declined extends RuntimeException {
        Declined() {
            super("left to the tree reader", null, false, false);
        }
    }

    private static final Declined DECLINED = new Declined();

    /** The slots of one field's names under one root, in the field's order. */
    private record Names(int[] slots, List<String> names) {
    }

    /** The response-relative fields under one of the roots. */
    private final class Response {
        final Names prompt;
        final Names completion;
        final Names total;
        final Names cached;
        final Names cacheWrite;
        final Names audioIn;
        final Names imageIn;
        final Names reasoning;
        final Names audioOut;
        final Names imageOut;
        final Names input;
        final Names output;
        final Names responsesCached;
        final Names responsesCacheWrite;
        final Names responsesReasoning;
        final Names cacheRead;
        final Names cacheCreation;
        final Names cacheCreation5m;
        final Names cacheCreation1h;
        final Names webSearch;
        final Names tier;
        final Names geo;
        final Names cost;
        final Names objectType;
        final Names id;
        final int usage;
        final int inputDetails;
        final int outputDetails;

        Response(String root, ResponseUsage u) {
            prompt = names(root, u.promptTokens);
            completion = names(root, u.completionTokens);
            total = names(root, u.totalTokens);
            cached = names(root, u.cachedTokens);
            cacheWrite = names(root, u.cacheWriteTokens);
            audioIn = names(root, u.audioIn);
            imageIn = names(root, u.imageIn);
            reasoning = names(root, u.reasoning);
            audioOut = names(root, u.audioOut);
            imageOut = names(root, u.imageOut);
            input = names(root, u.inputTokens);
            output = names(root, u.outputTokens);
            responsesCached = names(root, u.responsesCached);
            responsesCacheWrite = names(root, u.responsesCacheWrite);
            responsesReasoning = names(root, u.responsesReasoning);
            cacheRead = names(root, u.cacheRead);
            cacheCreation = names(root, u.cacheCreation);
            cacheCreation5m = names(root, u.cacheCreation5m);
            cacheCreation1h = names(root, u.cacheCreation1h);
            webSearch = names(root, u.webSearch);
            tier = names(root, u.usageTier);
            geo = names(root, u.geo);
            cost = names(root, u.inlineCost);
            objectType = names(root, u.objectType);
            id = names(root, u.id);
            usage = scanner.slot(root + "usage");
            inputDetails = scanner.slot(root + "usage.input_tokens_details");
            outputDetails = scanner.slot(root + "usage.output_tokens_details");
        }
    }

    private final FlatJsonScanner scanner;
    private int end;
    private final TimestampParser times;
    private final NumberParser numbers;
    private final Response[] responses = new Response[RESPONSE_ROOTS.length];
    private final int responseObject;
    private final int bodyObject;
    private final int data;
    private final Names time;
    private final Names model;
    private final Names id;
    private final Names provider;
    private final Names user;

    RequestLogFastPath(RequestLogReader log, ResponseUsage usage, ReaderContext context) {
        this.times = context.times();
        this.numbers = context.numbers();
        Set<String> paths = new LinkedHashSet<>();
        log.fields().forEach(field -> paths.addAll(field.names()));
        for (String root : RESPONSE_ROOTS) {
            usage.fields().forEach(field -> field.names().forEach(name -> paths.add(root + name)));
        }
        this.scanner = new FlatJsonScanner(paths, List.of("data"));
        for (int r = 0; r < RESPONSE_ROOTS.length; r++) {
            responses[r] = new Response(RESPONSE_ROOTS[r], usage);
        }
        this.responseObject = scanner.slot("response");
        this.bodyObject = scanner.slot("response.body");
        this.data = scanner.slot("data");
        this.time = names("", log.time);
        this.model = names("", log.model);
        this.id = names("", log.id);
        this.provider = names("", log.provider);
        this.user = names("", log.user);
    }

    private Names names(String root, Field field) {
        int[] slots = new int[field.names().size()];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = scanner.slot(root + field.names().get(i));
            if (slots[i] < 0) {
                throw new IllegalStateException("the scanner does not keep " + root + field.names().get(i));
            }
        }
        return new Names(slots, field.names());
    }

    /** The line's record, ready to emit; {@code null} to leave the line to the tree reader. */
    Draft draft(char[] chars, int start, int end) {
        return scanner.scan(chars, start, end) ? drafted() : null;
    }

    /**
     * The record of the object at {@code start}, in text that may run on past its line (so that lines need not be
     * found first); {@link #end()} then says where the object ended. {@code null} to leave it to the line path.
     */
    Draft draftFrom(char[] chars, int start, int limit) {
        end = scanner.scanObject(chars, start, limit);
        return end >= 0 ? drafted() : null;
    }

    /** Where the object of the last {@link #draftFrom} ended. */
    int end() {
        return end;
    }

    /** Spaces and tabs skipped from {@code at} in the text of the last scan. */
    int afterSpaces(int at) {
        return scanner.afterSpaces(at);
    }

    private Draft drafted() {
        if (scanner.kind(data) != FlatJsonScanner.ABSENT) {
            return null;
        }
        // As RequestLogReader.response: response.body if it is an object, else response if it is one, else the line.
        Response response = responses[scanner.kind(responseObject) != FlatJsonScanner.PRESENT ? 0
                : scanner.kind(bodyObject) != FlatJsonScanner.PRESENT ? 1 : 2];
        if (scanner.kind(response.usage) != FlatJsonScanner.PRESENT
                || !(has(response.prompt) || has(response.input) || has(response.output))) {
            return null;
        }
        try {
            Draft draft = new Draft(Routes.DIRECT);
            ResponseUsage.Shape shape = shape(response);
            switch (shape) {
                case CHAT -> inclusive(draft, count(response.prompt), count(response.completion), response.total,
                        count(response.cached), count(response.cacheWrite), count(response.audioIn),
                        count(response.imageIn), count(response.reasoning), count(response.audioOut),
                        count(response.imageOut));
                case RESPONSES -> inclusive(draft, count(response.input), count(response.output), response.total,
                        count(response.responsesCached), count(response.responsesCacheWrite), 0, 0,
                        count(response.responsesReasoning), 0, 0);
                case MESSAGES -> messages(draft, response);
            }
            tierRegionAndCost(draft, response);
            return lineFields(draft, shape);
        } catch (Declined | RowProblem | ArithmeticException leftToTheTree) {
            return null;
        }
    }

    private ResponseUsage.Shape shape(Response response) {
        if (has(response.prompt)) {
            return ResponseUsage.Shape.CHAT;
        }
        if ("response".equals(text(response.objectType)) || has(response.responsesCached) || has(response.responsesReasoning)
                || scanner.kind(response.inputDetails) != FlatJsonScanner.ABSENT
                || scanner.kind(response.outputDetails) != FlatJsonScanner.ABSENT) {
            return ResponseUsage.Shape.RESPONSES;
        }
        return ResponseUsage.Shape.MESSAGES;
    }

    /** OpenAI's inclusive counts split into buckets, when the parts fit their totals and the total agrees. */
    private void inclusive(Draft draft, long in, long out, Names totalNames, long cacheRead, long cacheWrite,
                           long audioIn, long imageIn, long reasoning, long audioOut, long imageOut) {
        long total = countOrAbsent(totalNames);
        if ((total != Cells.ABSENT && total != Math.addExact(in, out))
                || in - cacheRead - cacheWrite - audioIn - imageIn < 0 || out - reasoning - audioOut - imageOut < 0) {
            throw DECLINED;
        }
        TokenSplit.inclusiveInput(draft, "", in, cacheRead, cacheWrite, 0, audioIn, imageIn);
        TokenSplit.inclusiveOutput(draft, "", out, reasoning, audioOut, imageOut);
    }

    private void messages(Draft draft, Response r) {
        long write5m;
        long write1h;
        if (has(r.cacheCreation5m) || has(r.cacheCreation1h)) {
            write5m = count(r.cacheCreation5m);
            write1h = count(r.cacheCreation1h);
            long total = countOrAbsent(r.cacheCreation);
            if (total != Cells.ABSENT && total != Math.addExact(write5m, write1h)) {
                throw DECLINED;
            }
        } else {
            write5m = count(r.cacheCreation);
            write1h = 0;
        }
        draft.add(UsageBucket.UNCACHED_INPUT, count(r.input)).add(UsageBucket.CACHE_READ, count(r.cacheRead))
                .add(UsageBucket.CACHE_WRITE_5M, write5m).add(UsageBucket.CACHE_WRITE_1H, write1h)
                .add(UsageBucket.OUTPUT_TEXT, count(r.output)).add(UsageBucket.WEB_SEARCH, count(r.webSearch));
    }

    /** As {@link ResponseUsage#apply} after the buckets: one request, service tier, region, inline cost. */
    private void tierRegionAndCost(Draft draft, Response r) {
        draft.add(UsageBucket.REQUESTS, 1);
        String tier = text(r.tier);
        if (tier != null && tier.toLowerCase(Locale.ROOT).equals("batch")) {
            draft.batch = true;
        } else {
            draft.serviceTier(tier);
        }
        draft.region(text(r.geo));
        String cost = text(r.cost);
        if (cost != null) {
            try {
                draft.cost = new ReportedCost(numbers.decimal(cost), "USD", ReportedCost.Kind.INVOICED, "usage.cost");
            } catch (ValueFormatException unreadable) {
                throw DECLINED;
            }
            String responseId = uniqueText(r.id);
            if (responseId != null && responseId.startsWith("gen-")) {
                draft.route = Routes.OPENROUTER;
            }
        }
    }

    /**
     * Time, model, provider, id and user, in {@link RequestLogReader#read}'s order. A time written as a number is
     * read as its digits would be, without writing them out.
     */
    private Draft lineFields(Draft draft, ResponseUsage.Shape shape) {
        int timeSlot = first(time);
        try {
            if (timeSlot >= 0 && scanner.kind(timeSlot) == FlatJsonScanner.INTEGER) {
                draft.start = times.parseEpoch(scanner.integer(timeSlot));
            } else {
                String timeText = uniqueText(time);
                if (timeText == null) {
                    throw DECLINED;
                }
                draft.start = times.parse(timeText);
            }
        } catch (ValueFormatException unreadable) {
            throw DECLINED;
        }
        String modelName = text(model);
        if (modelName == null) {
            throw DECLINED;
        }
        draft.model(modelName);
        String providerName = text(provider);
        draft.provider(providerName != null ? providerName : ResponseUsage.provider(shape, draft.model));
        draft.key(name(id), uniqueText(id));
        draft.tag(Tags.USER, text(user));
        return draft;
    }

    private boolean has(Names names) {
        for (int slot : names.slots()) {
            if (scanner.kind(slot) != FlatJsonScanner.ABSENT) {
                return true;
            }
        }
        return false;
    }

    /** The first slot with a value other than null, as the tree's lookup finds it; -1 if none. */
    private int first(Names names) {
        for (int slot : names.slots()) {
            byte kind = scanner.kind(slot);
            if (kind != FlatJsonScanner.ABSENT && kind != FlatJsonScanner.NULL) {
                return slot;
            }
        }
        return -1;
    }

    /**
     * As {@link JsonCells#text}: a string stripped, empty or {@code "null"} read as absent; an integer in digits.
     * A decimal is declined: the tree writes it back from its own number node, which may differ from the text.
     */
    private String text(Names names) {
        return text(names, true);
    }

    /**
     * As {@link #text}, for a value that differs on every line (an id, a time): kept out of the scanner's table of
     * repeated values, where it would cost a lookup and a copy and push out the model names that do repeat.
     */
    private String uniqueText(Names names) {
        return text(names, false);
    }

    private String text(Names names, boolean repeats) {
        int slot = first(names);
        if (slot < 0) {
            return null;
        }
        return switch (scanner.kind(slot)) {
            case FlatJsonScanner.STRING -> Cells.nullIfEmpty(repeats ? scanner.repeatedText(slot) : scanner.text(slot));
            case FlatJsonScanner.INTEGER -> Long.toString(scanner.integer(slot));
            default -> throw DECLINED;
        };
    }

    /** A whole non-negative count, 0 when absent; declined for anything the tree would read or refuse otherwise. */
    private long count(Names names) {
        long count = countOrAbsent(names);
        return count == Cells.ABSENT ? 0 : count;
    }

    private long countOrAbsent(Names names) {
        int slot = first(names);
        if (slot < 0) {
            return Cells.ABSENT;
        }
        if (scanner.kind(slot) != FlatJsonScanner.INTEGER || scanner.integer(slot) < 0) {
            throw DECLINED;
        }
        return scanner.integer(slot);
    }

    /** The name the value was found under, as {@link JsonCells#nameOf}: the first present, else the first declared. */
    private String name(Names names) {
        for (int i = 0; i < names.slots().length; i++) {
            if (scanner.kind(names.slots()[i]) != FlatJsonScanner.ABSENT) {
                return names.names().get(i);
            }
        }
        return names.names().getFirst();
    }
}
