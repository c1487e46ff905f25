package dev.ratecard.bench;

import dev.ratecard.scenario.CostEngineRoutePricing;
import dev.ratecard.scenario.OptionModeler;
import dev.ratecard.scenario.Scenario;
import dev.ratecard.ui.FxCalls;
import dev.ratecard.ui.dialog.Confirmation;
import dev.ratecard.ui.dialog.DialogService;
import dev.ratecard.ui.dialog.ErrorReport;
import dev.ratecard.ui.dialog.FileRequest;
import dev.ratecard.ui.scenarios.ScenarioWorkspaceSource;
import dev.ratecard.ui.scenarios.ScenariosScreen;
import dev.ratecard.ui.screen.Navigator;
import dev.ratecard.ui.screen.ScreenContext;
import dev.ratecard.ui.screen.SettingsModel;
import dev.ratecard.ui.screen.StatusNotices;
import dev.ratecard.ui.screen.WorkspaceModel;
import dev.ratecard.ui.task.FxTaskExecutor;
import dev.ratecard.ui.theme.ThemeManager;
import dev.ratecard.workspace.Workspace;
import dev.ratecard.workspace.catalogue.BundledCatalogue;
import dev.ratecard.workspace.scenarios.BundledScenarioCatalogue;
import dev.ratecard.workspace.scenarios.ScenarioDocument;
import dev.ratecard.workspace.scenarios.ScenarioService;
import dev.ratecard.workspace.scenarios.SelfHostDefaults;
import dev.ratecard.workspace.settings.JsonSettingsRepository;
import dev.ratecard.workspace.settings.Settings;
import dev.ratecard.workspace.settings.ThemePreference;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The time from a scenario edit to the redrawn charts, in the real Scenarios screen on JavaFX's headless platform
 * (Monocle, software rendering): the headline example open, the GPU price field set on the FX thread, and the clock
 * stopped at the end of the first layout pulse after the cost chart received its new points. Between the two,
 * the screen recomputes in the background (resolve, evaluate, figures) and redraws every chart and table.
 *
 * <p>Two baselines in the same run: the pulse floor (a label's text set, to the end of the next layout pulse:
 * what any change costs to reach the screen) and the recompute alone on this thread (resolve, evaluate and the
 * modelling the charts draw staircases from), with no toolkit.
 *
 * <p>Run: {@code ./mvnw -Pbench -pl src-test -am verify -Dbench=ScenarioRedrawBench}
 */
public final class ScenarioRedrawBench implements BenchCommand {
    private static final int WARMUP = 30;
    private static final int ROUNDS = 100;
    private static final String GPU_PRICE = "#field-qwen-2xh100-gpu-usd_per_gpu_hour";
    private static final List<String> PRICES = List.of("1.99", "2.29", "2.69", "3.49", "4.29", "6.88");

    @Override
    public String name() {
        return "ScenarioRedrawBench";
    }

    @Override
    public void run(List<String> args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("headless.geometry", "1400x900-32");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        Path home = Files.createTempDirectory("ratecard-bench");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        try {
            Scene scene = FxCalls.onFx(() -> open(home));
            Screen screen = startFromHeadline(scene);
            report("edit to redrawn charts", measure(screen, ScenarioRedrawBench::editRound));
            report("baseline: pulse floor (a label set)", measure(screen, ScenarioRedrawBench::pulseRound));
            report("baseline: recompute alone, no toolkit", recomputeAlone());
        } finally {
            Platform.exit();
        }
    }

    /** The screen under test and the nodes the rounds touch; the probe is a label beside it, for the pulse floor. */
    private record Screen(Scene scene, TextField gpuPrice, XYChart<Number, Number> chart, Label probe) {
    }

    private static final String PROBE = "bench-probe";

    private static Scene open(Path home) {
        Settings settings = Settings.defaults(home.resolve("data")).withTheme(ThemePreference.LIGHT);
        SettingsModel model = new SettingsModel(JsonSettingsRepository.in(home.resolve("config"), home.resolve("data")),
                settings);
        FxTaskExecutor tasks = FxTaskExecutor.onFxThread(2);
        NoDialogs dialogs = new NoDialogs();
        StatusNotices notices = notice -> { };
        // The window's shared workspace, over an empty workspace in the bench's folder, as a first start without the sample.
        WorkspaceModel workspace = new WorkspaceModel(tasks, dialogs, notices);
        workspace.open(() -> Workspace.open(home.resolve("data"), ZoneOffset.UTC), false);
        ScreenContext context = new ScreenContext(tasks, dialogs, model, notices, workspace, Navigator.NONE);
        Parent root = (Parent) new ScenariosScreen(ScenarioWorkspaceSource.bundled()).createView(context).root();
        Label probe = new Label("probe");
        probe.setId(PROBE);
        Scene scene = new Scene(new StackPane(root, probe), 1400, 900);
        new ThemeManager(ThemePreference.LIGHT, false).style(scene);
        Stage stage = new Stage();
        stage.setScene(scene);
        stage.show();
        return scene;
    }

    private interface Round {
        long run(Screen screen, int index) throws Exception;
    }

    private static List<Long> measure(Screen screen, Round round) throws Exception {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < WARMUP + ROUNDS; i++) {
            long nanos = round.run(screen, i);
            if (i >= WARMUP) {
                times.add(nanos);
            }
        }
        return times;
    }

    /** Opens the headline example from the empty list, as a first start does, and waits for its results. */
    @SuppressWarnings("unchecked")
    private static Screen startFromHeadline(Scene scene) throws Exception {
        waitFor(() -> onFxQuietly(() -> scene.lookup("#empty-action") != null));
        FxCalls.onFx(() -> {
            ((Button) scene.lookup("#empty-action")).fire();
            return null;
        });
        waitFor(() -> onFxQuietly(() -> scene.lookup(GPU_PRICE) != null
                && scene.lookup("#scenario-break-even") instanceof Label label && !label.getText().isEmpty()));
        return FxCalls.onFx(() -> new Screen(scene, (TextField) scene.lookup(GPU_PRICE),
                (XYChart<Number, Number>) scene.lookup("#scenario-cost-chart"), (Label) scene.lookup("#" + PROBE)));
    }

    /**
     * Sets the GPU price; stops at the end of the first layout pulse after the cost chart got its new points (its
     * series swapped, or their points replaced in place).
     */
    private static long editRound(Screen screen, int index) throws Exception {
        CompletableFuture<Long> redrawn = new CompletableFuture<>();
        FxCalls.onFx(() -> {
            boolean[] changed = {false};
            InvalidationListener change = observable -> changed[0] = true;
            List<Observable> watched = new ArrayList<>();
            watched.add(screen.chart().getData());
            screen.chart().getData().forEach(series -> watched.add(series.getData()));
            watched.forEach(list -> list.addListener(change));
            Runnable[] pulse = new Runnable[1];
            long start = System.nanoTime();
            pulse[0] = () -> {
                if (changed[0]) {
                    long end = System.nanoTime();
                    screen.scene().removePostLayoutPulseListener(pulse[0]);
                    watched.forEach(list -> list.removeListener(change));
                    redrawn.complete(end - start);
                }
            };
            screen.scene().addPostLayoutPulseListener(pulse[0]);
            screen.gpuPrice().setText(PRICES.get(index % PRICES.size()));
            return null;
        });
        return redrawn.get(30, TimeUnit.SECONDS);
    }

    /** Sets a label's text; stops at the end of the next layout pulse. */
    private static long pulseRound(Screen screen, int index) throws Exception {
        CompletableFuture<Long> laidOut = new CompletableFuture<>();
        FxCalls.onFx(() -> {
            Runnable[] pulse = new Runnable[1];
            long start = System.nanoTime();
            pulse[0] = () -> {
                screen.scene().removePostLayoutPulseListener(pulse[0]);
                laidOut.complete(System.nanoTime() - start);
            };
            screen.scene().addPostLayoutPulseListener(pulse[0]);
            screen.probe().setText("probe " + index);
            return null;
        });
        return laidOut.get(30, TimeUnit.SECONDS);
    }

    /** Resolve and evaluate the headline file, and model its options for the chart, on this thread. */
    private static List<Long> recomputeAlone() throws Exception {
        BundledCatalogue catalogue = BundledCatalogue.load();
        CostEngineRoutePricing pricing = new CostEngineRoutePricing();
        ScenarioService service = new ScenarioService(new BundledScenarioCatalogue(catalogue), SelfHostDefaults.bundled(),
                pricing);
        OptionModeler modeler = new OptionModeler(pricing);
        String text = new String(ScenarioRedrawBench.class.getClassLoader()
                .getResourceAsStream("dev/ratecard/ui/scenarios/templates/headline-qwen72b-100m.json").readAllBytes(),
                StandardCharsets.UTF_8);
        ScenarioDocument document = service.read(text, "headline");
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < WARMUP + ROUNDS; i++) {
            long start = System.nanoTime();
            Scenario scenario = service.resolve(document, "headline");
            service.evaluate(scenario);
            modeler.modelAll(scenario.options(), scenario.workload());
            long nanos = System.nanoTime() - start;
            if (i >= WARMUP) {
                times.add(nanos);
            }
        }
        return times;
    }

    private static void report(String what, List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "%-40s best %6.1f ms, median %6.1f ms, p90 %6.1f ms (%d rounds)%n", what,
                ms(sorted.getFirst()), ms(sorted.get(sorted.size() / 2)), ms(sorted.get(sorted.size() * 9 / 10)),
                sorted.size());
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the screen did not get there within a minute");
            }
            Thread.sleep(20);
        }
    }

    private static boolean onFxQuietly(Callable<Boolean> check) {
        try {
            return FxCalls.onFx(check);
        } catch (Exception e) {
            return false;
        }
    }

    /** The bench asks nothing; a dialog would be a bug in the run. */
    private static final class NoDialogs implements DialogService {
        @Override
        public boolean confirm(Confirmation confirmation) {
            throw new IllegalStateException("unexpected question: " + confirmation.question());
        }

        @Override
        public void showError(ErrorReport report) {
            throw new IllegalStateException("unexpected error: " + report.whatHappened());
        }

        @Override
        public void showInformation(String title, String message) {
            throw new IllegalStateException("unexpected message: " + message);
        }

        @Override
        public List<Path> chooseFilesToOpen(FileRequest request) {
            throw new IllegalStateException("unexpected file chooser");
        }

        @Override
        public Optional<Path> chooseFileToSave(FileRequest request) {
            throw new IllegalStateException("unexpected file chooser");
        }

        @Override
        public Optional<Path> chooseFolder(String title, Optional<Path> initialFolder) {
            throw new IllegalStateException("unexpected folder chooser");
        }
    }
}
