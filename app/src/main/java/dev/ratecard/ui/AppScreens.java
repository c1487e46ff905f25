package dev.ratecard.ui;

import dev.ratecard.ui.overview.OverviewScreen;
import dev.ratecard.ui.prices.PricesScreen;
import dev.ratecard.ui.reports.ReportsScreen;
import dev.ratecard.ui.scenarios.ScenarioWorkspaceSource;
import dev.ratecard.ui.scenarios.ScenariosScreen;
import dev.ratecard.ui.screen.ScreenRegistry;
import dev.ratecard.ui.settings.SettingsScreen;
import dev.ratecard.ui.usage.UsageScreen;

import java.util.List;

/**
 * The screens of the main window, in navigation order. A new screen is one line here (and a class implementing
 * {@link dev.ratecard.ui.screen.Screen}); the shell needs no change.
 */
public final class AppScreens {
    private AppScreens() {
    }

    public static ScreenRegistry standard() {
        return new ScreenRegistry(List.of(new OverviewScreen(), new UsageScreen(), new PricesScreen(),
                new ScenariosScreen(ScenarioWorkspaceSource.bundled()), new ReportsScreen(), new SettingsScreen()));
    }
}
