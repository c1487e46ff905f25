package dev.ratecard.ui.scenarios;

import dev.ratecard.scenario.OptionKind;
import dev.ratecard.workspace.scenarios.OptionDocument;
import dev.ratecard.workspace.scenarios.References;

import java.util.List;
import java.util.Set;

/**
 * The option a user adds, before they change it: a name that says what it is, the catalogue's usual choices for
 * its kind, and nothing made up. A figure that has no published default (a proxy's servers, a support contract)
 * stays empty, so the form asks for it.
 */
final class NewOptions {
    private static final String GPT_4O = "gpt-4o";
    private static final String OFFER = "runpod-community-cloud-h100-sxm";
    private static final String PROFILE = "lambda-v054-llama-3-1-70b-instruct-fp8-2xh100-c320";
    private static final String OPEN_MODEL = "Qwen/Qwen2.5-72B-Instruct";

    private NewOptions() {
    }

    /** What the Add menu says for each kind. */
    static String label(OptionKind kind) {
        return switch (kind) {
            case DIRECT -> "An API, paid directly";
            case HOSTED_GATEWAY -> "An API through a hosted gateway";
            case SELF_HOSTED_GATEWAY -> "An API through your own proxy";
            case RENTED_GPUS -> "An open model on rented GPUs";
            case OWNED_HARDWARE -> "An open model on hardware you buy";
            case MIX -> "A mix of the other options";
        };
    }

    /** A new option of {@code kind} with an id none of {@code taken} has. */
    static OptionDocument of(OptionKind kind, Set<String> taken, ScenarioChoices choices) {
        String id = freeId(kind.key().replace('_', '-'), taken);
        References.Price openAi = new References.Price("openai", null, GPT_4O, null, null, null);
        String offer = choices.offer(OFFER).isPresent() || choices.offers().isEmpty() ? OFFER : choices.offers().getFirst().id();
        String profile = choices.profile(PROFILE).isPresent() || choices.profiles().isEmpty() ? PROFILE
                : choices.profiles().getFirst().id();
        References.Throughput throughput = new References.Throughput(profile, null, null, null, null);
        return switch (kind) {
            case DIRECT -> new OptionDocument.Direct(id, "GPT-4o (OpenAI direct)", openAi, null, null);
            case HOSTED_GATEWAY -> new OptionDocument.HostedGateway(id, "GPT-4o through OpenRouter",
                    new References.Price("openrouter", null, "openai/gpt-4o", null, null, null),
                    new References.Gateway("openrouter-card", null, null, null, null, null, null), null, null);
            case SELF_HOSTED_GATEWAY -> new OptionDocument.SelfHostedGateway(id, "GPT-4o through our own proxy", openAi,
                    null, null, null, null);
            case RENTED_GPUS -> new OptionDocument.RentedGpus(id, "Qwen 2.5 72B on rented GPUs", OPEN_MODEL,
                    new References.Gpu(offer, null, null, null, null), null, throughput, null, null, null, null, null,
                    null, null);
            case OWNED_HARDWARE -> new OptionDocument.OwnedHardware(id, "Qwen 2.5 72B on owned GPUs", OPEN_MODEL,
                    "H100 SXM", null, null, throughput, null, null, null, null, null, null);
            case MIX -> new OptionDocument.Mix(id, "A mix of options", List.of());
        };
    }

    static String freeId(String base, Set<String> taken) {
        int n = 1;
        while (taken.contains(base + "-" + n)) {
            n++;
        }
        return base + "-" + n;
    }
}
