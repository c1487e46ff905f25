package dev.ratecard.workspace.prices;

import dev.ratecard.workspace.catalogue.CatalogueEntry;

import java.nio.file.Path;
import java.util.Objects;

/** Where a sheet comes from: bundled with Ratecard, a file the user added, or a file opened for one command. */
public sealed interface SheetOrigin {

    /** One of the sheets that ship with Ratecard, as the catalogue index lists it. */
    record Bundled(CatalogueEntry entry) implements SheetOrigin {
        public Bundled {
            Objects.requireNonNull(entry, "entry");
        }

        @Override
        public String describe() {
            return "bundled with Ratecard";
        }
    }

    /** The user's own sheet: the library's copy of the file they added. */
    record UserAdded(Path file) implements SheetOrigin {
        public UserAdded {
            Objects.requireNonNull(file, "file");
        }

        @Override
        public String describe() {
            return "added by you (" + file.getFileName() + ")";
        }
    }

    /** A file named on the command line, read for one command and not added to the library. */
    record OpenedFile(Path file) implements SheetOrigin {
        public OpenedFile {
            Objects.requireNonNull(file, "file");
        }

        @Override
        public String describe() {
            return "read from " + file.getFileName();
        }
    }

    /** e.g. "bundled with Ratecard", "added by you (litellm-2026-09-01.json)". */
    String describe();
}
