package org.mailblock.engine.rulebase;

import org.mailblock.engine.Version;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Keeps rule folders compiled to the executable model between runs, so that only the first run on
 * a folder pays for compiling its DRL. An entry is keyed by a hash of the DRL files and the mailblock
 * version and build (which fixes the Drools version and the fact classes the rules compile against); an entry that is unreadable or was written for other
 * files is ignored and replaced. Entries are written atomically, so concurrent runs never see half
 * of one. The cache never changes what a diagnosis says, only how fast the engine starts.
 *
 * <p>An entry holds bytecode that runs as the user, so it is trusted only as far as the place it
 * lies in: the folder and the entry must be owned by the user running mailblock, be neither
 * group- nor world-writable, and be no symbolic links. Otherwise the cache is neither read nor
 * written, the rules are compiled from their DRL, and a one-line warning says why.
 */
public final class RuleCache {

    /** System property naming the cache folder; it overrides the environment. */
    static final String FOLDER_PROPERTY = "mailblock.cache.dir";
    /** Environment variable naming the cache folder. */
    static final String FOLDER_VARIABLE = "MAILBLOCK_CACHE_DIR";
    private static final String SUFFIX = ".rules.zip";
    /** Entries kept; older ones (rule folders edited since, other builds) are removed when a new one is written. */
    public static final int KEPT_ENTRIES = 16;

    private static final Set<PosixFilePermission> WRITABLE_BY_OTHERS =
            Set.of(PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

    private final Path folder;
    private final Consumer<String> warnings;
    /** One warning per cache is enough: loading and storing meet the same doubt. */
    private final java.util.concurrent.atomic.AtomicBoolean warned = new java.util.concurrent.atomic.AtomicBoolean();

    private RuleCache(Path folder, Consumer<String> warnings) {
        this.folder = folder;
        this.warnings = warnings;
    }

    /** A cache in the given folder, created on first write. */
    public static RuleCache in(Path folder) {
        return new RuleCache(folder, warning -> { });
    }

    /** No cache: every build compiles. */
    public static RuleCache none() {
        return new RuleCache(null, warning -> { });
    }

    /** The same cache, telling {@code warnings} in one line why it refuses a folder or an entry it does not trust. */
    public RuleCache warningTo(Consumer<String> warnings) {
        return new RuleCache(folder, warnings);
    }

    /**
     * The user's cache: {@code -Dmailblock.cache.dir}, else {@code $MAILBLOCK_CACHE_DIR}, else
     * {@code $XDG_CACHE_HOME/mailblock}, else {@code ~/.cache/mailblock}.
     */
    public static RuleCache standard() {
        return in(standardFolder(System.getProperty(FOLDER_PROPERTY), System.getenv(FOLDER_VARIABLE),
                System.getenv("XDG_CACHE_HOME"), System.getProperty("user.home")));
    }

    public static Path standardFolder(String property, String variable, String xdgCacheHome, String home) {
        if (present(property)) {
            return Path.of(property);
        }
        if (present(variable)) {
            return Path.of(variable);
        }
        if (present(xdgCacheHome)) {
            return Path.of(xdgCacheHome, "mailblock");
        }
        return present(home) ? Path.of(home, ".cache", "mailblock") : null;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** The folder, or {@code null} when caching is off. */
    Path folder() {
        return folder;
    }

    /** The key of a set of DRL files: what their compiled form depends on. */
    static String key(SortedMap<String, byte[]> drlFiles) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            update(sha, "mailblock " + Version.current() + " " + Version.build());
            for (Map.Entry<String, byte[]> file : drlFiles.entrySet()) {
                update(sha, file.getKey());
                sha.update(file.getValue());
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Removes the oldest entries beyond {@link #KEPT_ENTRIES}, never the one just written. */
    private void prune(Path keep) throws IOException {
        List<Path> entries;
        try (Stream<Path> files = Files.list(folder)) {
            entries = files.filter(p -> p.getFileName().toString().endsWith(SUFFIX) && !p.equals(keep))
                    .sorted(Comparator.comparing(RuleCache::modified).reversed()).toList();
        }
        for (Path old : entries.subList(Math.min(entries.size(), KEPT_ENTRIES - 1), entries.size())) {
            Files.deleteIfExists(old);
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /**
     * Whether a file or folder of the cache can be trusted to hold what this user put there: owned by
     * the user, writable by nobody else, no symbolic link. Says why not in one line otherwise.
     */
    private boolean trusted(Path path) throws IOException {
        String doubt = doubt(path);
        if (doubt != null && !warned.getAndSet(true)) {
            warnings.accept("mailblock: not using the rule cache " + path + ": " + doubt
                    + "; the rules are compiled instead (make it your own and chmod go-w it, or set " + FOLDER_VARIABLE + ")");
        }
        return doubt == null;
    }

    /** Why a path of the cache cannot be trusted, or {@code null} when it can. */
    static String doubt(Path path) throws IOException {
        if (Files.isSymbolicLink(path)) {
            return "it is a symbolic link";
        }
        UserPrincipal owner = Files.getOwner(path, LinkOption.NOFOLLOW_LINKS);
        UserPrincipal me = path.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(System.getProperty("user.name"));
        if (!owner.equals(me)) {
            return "it belongs to " + owner.getName() + ", not to " + me.getName();
        }
        if (Files.getFileStore(path).supportsFileAttributeView("posix")) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
            if (permissions.stream().anyMatch(WRITABLE_BY_OTHERS::contains)) {
                return "others can write it (" + PosixFilePermissions.toString(permissions) + ")";
            }
        }
        return null;
    }

    /** Creates the folder, readable and writable only by the user where the file system has POSIX permissions. */
    private static void createPrivately(Path folder) throws IOException {
        if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Path absolute = folder.toAbsolutePath();
        if (absolute.getParent() != null) {
            Files.createDirectories(absolute.getParent());
        }
        try {
            Files.createDirectory(absolute, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) {
            Files.createDirectory(absolute);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            // another run created it meanwhile; trusted() judges it
        }
    }

    private static void update(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    /** The compiled rules stored under this key, if a complete entry for exactly this key is there. */
    public Optional<CompiledRules> load(String key) {
        if (folder == null) {
            return Optional.empty();
        }
        Path entry = folder.resolve(key + SUFFIX);
        try {
            if (!Files.exists(entry, LinkOption.NOFOLLOW_LINKS) || !trusted(folder) || !trusted(entry)) {
                return Optional.empty();
            }
            CompiledRules rules = CompiledRules.fromZip(Files.readAllBytes(entry));
            return rules.key().equals(key) ? Optional.of(rules) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            // a damaged entry is compiled again and overwritten
            return Optional.empty();
        }
    }

    /** Stores compiled rules; a cache that cannot be written only costs speed, so failures are ignored. */
    public void store(CompiledRules rules) {
        if (folder == null) {
            return;
        }
        Path temp = null;
        try {
            createPrivately(folder);
            if (!trusted(folder)) {
                return;
            }
            temp = Files.createTempFile(folder, rules.key(), ".tmp");
            Files.write(temp, rules.toZip());
            Path entry = folder.resolve(rules.key() + SUFFIX);
            try {
                Files.move(temp, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, entry, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
            prune(entry);
        } catch (IOException | RuntimeException e) {
            // read-only home, full disk: the next run compiles again
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // nothing more to do
                }
            }
        }
    }
}
