package dev.ratecard.ui.prices;

import dev.ratecard.ui.screen.Screen;
import dev.ratecard.ui.screen.ScreenContext;
import dev.ratecard.ui.screen.ScreenView;
import dev.ratecard.workspace.catalogue.BundledCatalogue;
import dev.ratecard.workspace.prices.PriceLibrary;
import javafx.scene.input.KeyCombination;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Function;

/** Prices (Ctrl+3): the catalogue, a model's routes compared, and the changes between two sheets. */
public final class PricesScreen implements Screen {
    public static final String ID = "prices";
    /** A price tag. */
    static final String TAG_GLYPH = "M2.5 2.5 L11.2 2.5 L21.5 12.8 L12.8 21.5 L2.5 11.2 Z "
            + "M8.6 6.8 A1.8 1.8 0 1 0 5 6.8 A1.8 1.8 0 1 0 8.6 6.8 Z";
    /** A magnifying glass, for searches that find nothing. */
    static final String SEARCH_GLYPH = "M10 3 A7 7 0 1 0 10 17 A7 7 0 1 0 10 3 Z M10 5 A5 5 0 1 1 10 15 A5 5 0 1 1 10 5 Z "
            + "M14.6 16 L16 14.6 L22 20.6 L20.6 22 Z";

    private final Function<Path, PriceLibrary> libraries;
    private final Clock clock;

    /** The library over the bundled catalogue and the data folder in the user's settings. */
    public PricesScreen() {
        this(dataFolder -> PriceLibrary.inDataFolder(BundledCatalogue.load(), dataFolder), Clock.systemUTC());
    }

    /** @param libraries the library for a data folder */
    public PricesScreen(Function<Path, PriceLibrary> libraries, Clock clock) {
        this.libraries = Objects.requireNonNull(libraries, "libraries");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Prices";
    }

    @Override
    public String glyph() {
        return TAG_GLYPH;
    }

    @Override
    public KeyCombination shortcut() {
        return KeyCombination.keyCombination("Shortcut+3");
    }

    @Override
    public ScreenView createView(ScreenContext context) {
        PriceLibrary library = libraries.apply(context.settings().get().dataFolder());
        PricesViewModel model = new PricesViewModel(library, context.dialogs(), context.tasks(), context.notices(), clock);
        PricesView view = new PricesView(model);
        model.load();
        return view;
    }
}
