package dev.ratecard.ui;

import dev.ratecard.importers.Progress;
import dev.ratecard.ui.screen.Screen;
import dev.ratecard.ui.screen.ScreenRegistry;
import dev.ratecard.workspace.Workspace;
import dev.ratecard.workspace.sample.SampleWorkspace;
import dev.ratecard.workspace.settings.JsonSettingsRepository;
import dev.ratecard.workspace.settings.LoadedSettings;
import dev.ratecard.workspace.settings.Settings;
import dev.ratecard.workspace.settings.ThemePreference;
import dev.ratecard.workspace.settings.WindowBounds;
import dev.ratecard.workspace.settings.WindowState;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Renders every registered screen in the light and the dark theme, headless, and writes
 * {@code <screen>-<theme>.png} to the folder given (default {@code docs/screenshots}). Runs on Monocle's
 * headless platform, so no display is needed:
 *
 * <pre>./mvnw -q -pl src-test -am -Pscreenshots verify</pre>
 *
 * The window is the real one (menus, navigation, status bar) over a throw-away workspace holding the sample
 * workspace, so what it shows is what a first start shows once the sample is in.
 */
public final class ScreenshotTool {
    private static final Path HEADLINE = Path.of("docs/scenarios/headline-qwen72b-100m.json");
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 800;
    /** Long enough for the background start-up step to finish and its notice to reach the status bar. */
    private static final long SETTLE_MILLIS = 1500;

    private ScreenshotTool() {
    }

    public static void main(String[] args) throws Exception {
        Path output = Path.of(args.length > 0 ? args[0] : "docs/screenshots").toAbsolutePath();
        Files.createDirectories(output);
        runHeadless();
        Path home = Files.createTempDirectory("ratecard");
        // Added before any window opens, so every picture shows the same data rather than the sample on its way.
        try (Workspace workspace = Workspace.open(home.resolve("data"), ZoneOffset.UTC)) {
            workspace.sample().install(SampleWorkspace.firstMonthBefore(Clock.systemUTC()), Progress.NONE);
        }
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        // One window after the other: closing the first must not end the toolkit.
        Platform.setImplicitExit(false);
        started.get(30, TimeUnit.SECONDS);
        try {
            ScreenRegistry screens = AppScreens.standard();
            for (Screen screen : screens.screens()) {
                for (ThemePreference theme : List.of(ThemePreference.LIGHT, ThemePreference.DARK)) {
                    Path file = output.resolve(screen.id() + "-" + theme.key() + ".png");
                    shoot(screens, screen, theme, home, file, Optional.empty());
                    System.out.println(file);
                }
            }
            // The question the product answers, as a user opening the headline example's file sees it.
            Screen scenarios = screens.screens().stream().filter(s -> s.id().equals("scenarios")).findFirst().orElseThrow();
            Path editor = output.resolve("scenario-editor-light.png");
            shoot(screens, scenarios, ThemePreference.LIGHT, home, editor, Optional.of(HEADLINE.toAbsolutePath()));
            System.out.println(editor);
        } finally {
            Platform.exit();
        }
    }

    private static void runHeadless() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("headless.geometry", WIDTH + "x" + HEIGHT + "-32");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("java.awt.headless", "true");
    }

    private static void shoot(ScreenRegistry screens, Screen screen, ThemePreference theme, Path home, Path file,
                              Optional<Path> fileToOpen) throws Exception {
        JsonSettingsRepository repository = JsonSettingsRepository.in(home.resolve("config"), home.resolve("data"));
        Settings settings = Settings.defaults(home.resolve("data")).withTheme(theme).withWindow(new WindowState(
                Optional.of(new WindowBounds(0, 0, WIDTH, HEIGHT)), false, Optional.of(screen.id())));
        Stage stage = FxCalls.onFx(() -> {
            Stage window = new Stage();
            new DesktopApp(repository, screens).start(window, new LoadedSettings(settings, List.of()), false, fileToOpen);
            return window;
        });
        Thread.sleep(SETTLE_MILLIS);
        waitWhileBusy(stage);
        WritableImage image = FxCalls.onFx(() -> stage.getScene().snapshot(null));
        FxCalls.onFx(() -> {
            stage.hide();
            return null;
        });
        write(image, file);
    }

    /** Until the status bar shows no work under way (the screen's first load), for at most half a minute. */
    private static void waitWhileBusy(Stage stage) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline && FxCalls.onFx(() -> {
            Node progress = stage.getScene().lookup("#status-progress");
            return progress != null && progress.isVisible();
        })) {
            Thread.sleep(200);
        }
        // The last result still has to be laid out and drawn.
        Thread.sleep(SETTLE_MILLIS);
    }

    private static void write(WritableImage image, Path file) throws IOException {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        BufferedImage png = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        png.setRGB(0, 0, width, height, pixels, 0, width);
        ImageIO.write(png, "png", file.toFile());
    }
}
