package dev.ratecard.workspace.sample;

import dev.ratecard.importers.Progress;
import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.store.ImportBatch;
import dev.ratecard.store.NameInUseException;
import dev.ratecard.store.StoredScenario;
import dev.ratecard.store.WorkspaceDatabase;
import dev.ratecard.workspace.importing.ImportOptions;
import dev.ratecard.workspace.importing.ImportResult;
import dev.ratecard.workspace.importing.UsageImportService;
import dev.ratecard.workspace.scenarios.ScenarioFileException;
import dev.ratecard.workspace.scenarios.ScenarioService;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The sample workspace: puts three months of generated exports into the workspace through the normal import
 * service, seeds the headline scenario, marks both as the sample's ({@link SampleMarks}), and takes exactly them
 * out again. A first start (nothing stored, the sample never offered) installs it; once removed it is not offered
 * again unless asked for.
 */
public final class SampleWorkspace {
    /** The generator's seed: the sample is the same for everyone in the same months. */
    public static final long SEED = 20_260_801L;
    /**
     * The headline scenario of the self-hosting notes: {@code docs/scenarios/}, bundled with the app where the
     * Scenarios screen's templates are.
     */
    static final String HEADLINE_SCENARIO = "/dev/ratecard/ui/scenarios/templates/headline-qwen72b-100m.json";

    private final WorkspaceDatabase database;
    private final UsageImportService imports;
    private final ScenarioService scenarios;
    private final SampleMarks marks;

    public SampleWorkspace(WorkspaceDatabase database, UsageImportService imports, ScenarioService scenarios) {
        this.database = Objects.requireNonNull(database, "database");
        this.imports = Objects.requireNonNull(imports, "imports");
        this.scenarios = Objects.requireNonNull(scenarios, "scenarios");
        this.marks = new SampleMarks(database.settings());
    }

    /** What installing put in. */
    public record Installed(List<ImportBatch> batches, Optional<StoredScenario> scenario) {
        public Installed {
            batches = List.copyOf(batches);
            Objects.requireNonNull(scenario, "scenario");
        }
    }

    /**
     * What removing took out.
     *
     * @param keptScenario the seeded scenario's name when it was changed since and so was kept, else empty
     */
    public record Removed(int batches, boolean scenario, Optional<String> keptScenario) {
        public Removed {
            Objects.requireNonNull(keptScenario, "keptScenario");
        }
    }

    /** The three full months before the current one: the sample's period on a start at {@code clock}'s time. */
    public static YearMonth firstMonthBefore(Clock clock) {
        return YearMonth.now(clock.withZone(ZoneOffset.UTC)).minusMonths(SampleExports.MONTHS);
    }

    /** True on a first start: the workspace holds no usage and no scenario, and never held the sample. */
    public boolean isFirstRun() {
        return marks.state().isEmpty() && database.batches().list().isEmpty() && database.scenarios().list().isEmpty();
    }

    /** True while the sample's data is in the workspace. */
    public boolean isInstalled() {
        return marks.state().filter(SampleMarks.INSTALLED::equals).isPresent();
    }

    /** The ids of the sample's batches (some may have been deleted one by one since). */
    public Set<Long> batchIds() {
        return isInstalled() ? marks.batches() : Set.of();
    }

    /** The seeded scenario's id, while the sample is installed and the scenario was seeded. */
    public Optional<Long> scenarioId() {
        return isInstalled() ? marks.scenario().map(SampleMarks.SeededScenario::id) : Optional.empty();
    }

    /**
     * Writes the exports of three months from {@code firstMonth} into a temporary folder, imports each through the
     * import service, seeds the headline scenario and marks what it added. All or nothing: if a file is refused or
     * the user cancels, the batches already imported are deleted again. The temporary folder is removed in any case.
     *
     * @throws IllegalStateException if the sample's own files do not import cleanly (a broken build)
     */
    public Installed install(YearMonth firstMonth, Progress progress) throws IOException, ScenarioFileException {
        Objects.requireNonNull(firstMonth, "firstMonth");
        Objects.requireNonNull(progress, "progress");
        Path folder = Files.createTempDirectory("ratecard-sample-");
        List<ImportBatch> batches = new ArrayList<>();
        boolean complete = false;
        try {
            List<SampleExports.Export> exports = SampleExports.write(folder, firstMonth, SEED);
            for (int i = 0; i < exports.size(); i++) {
                importOne(exports.get(i).file(), new FileProgress(progress, i, exports.size())).ifPresent(batches::add);
            }
            Optional<StoredScenario> scenario = seedScenario();
            marks.installed(batches.stream().map(ImportBatch::id).collect(Collectors.toCollection(LinkedHashSet::new)),
                    scenario.map(s -> new SampleMarks.SeededScenario(s.id(), SampleMarks.sha256(s.json()))));
            complete = true;
            return new Installed(batches, scenario);
        } finally {
            if (!complete) {
                batches.forEach(batch -> database.batches().delete(batch.id()));
            }
            deleteQuietly(folder);
        }
    }

    /**
     * Deletes the sample's batches and its scenario (unless it was changed since it was seeded, in which case it is
     * the user's now and stays), and marks the sample removed, so that it is not installed again by itself.
     */
    public Removed remove() {
        int deleted = 0;
        for (long id : marks.batches()) {
            deleted += database.batches().delete(id) ? 1 : 0;
        }
        boolean scenarioDeleted = false;
        Optional<String> kept = Optional.empty();
        Optional<SampleMarks.SeededScenario> seeded = marks.scenario();
        if (seeded.isPresent()) {
            Optional<StoredScenario> stored = database.scenarios().find(seeded.get().id());
            if (stored.isPresent() && SampleMarks.sha256(stored.get().json()).equals(seeded.get().sha256())) {
                scenarioDeleted = database.scenarios().delete(seeded.get().id());
            } else {
                kept = stored.map(StoredScenario::name);
            }
        }
        marks.removed();
        return new Removed(deleted, scenarioDeleted, kept);
    }

    private Optional<ImportBatch> importOne(Path file, Progress progress) {
        // The generator writes UTC; OpenRouter's export has no zone of its own.
        ImportOptions options = ImportOptions.defaults().withTimeZone(ZoneOffset.UTC);
        return switch (imports.commit(file, options, progress)) {
            case ImportResult.Imported imported -> Optional.of(imported.batch());
            // The same bytes were imported by hand before: they are the user's, not the sample's.
            case ImportResult.AlreadyImported already -> Optional.empty();
            case ImportResult.Refused refused -> throw new IllegalStateException("the sample file " + refused.fileName()
                    + " was refused: " + refused.reason() + refused.issues().stream().limit(3).map(ImportIssue::describe)
                    .collect(Collectors.joining("; ", " (", ")")));
        };
    }

    private Optional<StoredScenario> seedScenario() throws ScenarioFileException {
        String text = headlineScenario();
        String file = Path.of(HEADLINE_SCENARIO).getFileName().toString();
        String name = scenarios.read(text, file).name();
        try {
            return Optional.of(scenarios.save(database.scenarios(), name, text, file, false));
        } catch (NameInUseException taken) {
            return Optional.empty();
        }
    }

    static String headlineScenario() {
        try (InputStream in = SampleWorkspace.class.getResourceAsStream(HEADLINE_SCENARIO)) {
            if (in == null) {
                throw new IllegalStateException(HEADLINE_SCENARIO + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException leftInTemp) {
            // The system's temporary folder is cleaned up by the system; nothing of the workspace depends on it.
        }
    }

    /** One file's progress as a part of the whole install. */
    private record FileProgress(Progress whole, int index, int files) implements Progress {
        private static final long SCALE = 1_000;

        @Override
        public void update(long done, long total) {
            long part = total > 0 ? Math.min(SCALE, done * SCALE / total) : 0;
            whole.update(index * SCALE + part, files * SCALE);
        }

        @Override
        public boolean isCancelled() {
            return whole.isCancelled();
        }
    }
}
