package dev.ratecard.installer;

import dev.ratecard.importers.ImportException;
import dev.ratecard.importers.prices.read.PriceSheetRead;
import dev.ratecard.store.WorkspaceDatabase;
import dev.ratecard.workspace.catalogue.BundledCatalogue;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the libraries that reach into the JDK by reflection or native code do on a given runtime: sqlite-jdbc
 * loads its native library and answers a query, Flyway migrates a new workspace, Jackson reads every bundled
 * price sheet, and the charsets the usage readers decode are there. Run on the image's own runtime
 * ({@link #main}), its answers must equal those on the test's full JDK: a module the image lacks shows up as a
 * failure or a different answer.
 */
final class ImageFacts {
    private ImageFacts() {
    }

    /** Prints the facts as {@code name=value} lines, using {@code args[0]} as a scratch folder. */
    public static void main(String[] args) throws Exception {
        collect(Path.of(args[0])).forEach((name, value) -> System.out.println(name + "=" + value));
    }

    static Map<String, String> collect(Path scratch) throws SQLException, ImportException {
        Map<String, String> facts = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + scratch.resolve("probe.db"));
             ResultSet version = connection.createStatement().executeQuery("SELECT sqlite_version()")) {
            version.next();
            facts.put("sqlite.version", version.getString(1));
        }
        try (WorkspaceDatabase workspace = WorkspaceDatabase.open(scratch.resolve("workspace.db"))) {
            facts.put("workspace.schema", String.valueOf(workspace.openReport().schemaVersion()));
        }
        long entries = 0;
        for (PriceSheetRead read : BundledCatalogue.load().sheets()) {
            entries += read.sheet().entries().size();
        }
        facts.put("bundled.price-entries", String.valueOf(entries));
        for (String charset : new String[] {"UTF-16", "windows-1252"}) {
            facts.put("charset." + charset, String.valueOf(Charset.isSupported(charset)));
        }
        return facts;
    }
}
