import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * Gives every file and folder under a folder one modification time:
 * {@code java SetFileTimes.java <folder> <seconds since 1970-01-01T00:00:00Z>}.
 *
 * <p>The AppCDS archive records the modification time of each jar it was made from and is not used with a jar whose
 * time differs. jpackage copies the app image when it builds a package, which gives the copies new times; the .deb
 * build clamps them back to SOURCE_DATE_EPOCH. So the image carries that same time before the training run makes
 * the archive, and the installed jars match it.
 */
public final class SetFileTimes {
    private SetFileTimes() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: java SetFileTimes.java <folder> <seconds since the epoch>");
        }
        FileTime time = FileTime.from(Instant.ofEpochSecond(Long.parseLong(args[1])));
        try (Stream<Path> paths = Files.walk(Path.of(args[0]))) {
            Iterator<Path> each = paths.iterator();
            while (each.hasNext()) {
                Path path = each.next();
                // A link's time would be set on its target, which the walk reaches on its own if it is inside.
                if (!Files.isSymbolicLink(path)) {
                    Files.setLastModifiedTime(path, time);
                }
            }
        }
    }
}
