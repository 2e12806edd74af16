package org.mailblock.load;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AccessMode;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryStream;
import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileAttributeView;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.spi.FileSystemProvider;
import java.util.Map;
import java.util.Set;

/**
 * A file system that shows real files but refuses to read them, as the operating system does for a
 * file without read permission, whoever runs the tests (root reads any file on disk). It answers
 * what the loader asks of a path (is it a directory, does it exist, may it be read, its size, its
 * bytes) and nothing else.
 */
final class ReadDenyingFileSystem extends FileSystem {

    private final Provider provider = new Provider();
    private final boolean admitsReadable;

    /** @param admitsReadable whether the access check says the file is readable, so that only reading it fails (a permission changed after the check) */
    private ReadDenyingFileSystem(boolean admitsReadable) {
        this.admitsReadable = admitsReadable;
    }

    /** The file, seen through a file system that denies reading it and says so when asked. */
    static Path unreadable(Path file) {
        return new DeniedPath(new ReadDenyingFileSystem(false), file);
    }

    /** The file, seen through a file system that says it may be read and then denies reading it. */
    static Path deniedOnRead(Path file) {
        return new DeniedPath(new ReadDenyingFileSystem(true), file);
    }

    private static Path real(Path path) {
        return ((DeniedPath) path).real;
    }

    private final class Provider extends FileSystemProvider {

        @Override
        public void checkAccess(Path path, AccessMode... modes) throws IOException {
            real(path).getFileSystem().provider().checkAccess(real(path));
            for (AccessMode mode : modes) {
                if (mode == AccessMode.READ && !admitsReadable) {
                    throw new AccessDeniedException(path.toString());
                }
            }
        }

        @Override
        public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
                throws IOException {
            throw new AccessDeniedException(path.toString());
        }

        @Override
        public <A extends BasicFileAttributes> A readAttributes(Path path, Class<A> type, LinkOption... options) throws IOException {
            return Files.readAttributes(real(path), type, options);
        }

        @Override
        public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options) throws IOException {
            return Files.readAttributes(real(path), attributes, options);
        }

        @Override
        public String getScheme() {
            return "read-denying";
        }

        @Override
        public FileSystem newFileSystem(URI uri, Map<String, ?> env) {
            throw new UnsupportedOperationException();
        }

        @Override
        public FileSystem getFileSystem(URI uri) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Path getPath(URI uri) {
            throw new UnsupportedOperationException();
        }

        @Override
        public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void createDirectory(Path dir, FileAttribute<?>... attrs) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void delete(Path path) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void copy(Path source, Path target, CopyOption... options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void move(Path source, Path target, CopyOption... options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isSameFile(Path path, Path path2) {
            return path.equals(path2);
        }

        @Override
        public boolean isHidden(Path path) {
            return false;
        }

        @Override
        public FileStore getFileStore(Path path) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <V extends FileAttributeView> V getFileAttributeView(Path path, Class<V> type, LinkOption... options) {
            return null;
        }

        @Override
        public void setAttribute(Path path, String attribute, Object value, LinkOption... options) {
            throw new UnsupportedOperationException();
        }
    }

    @Override
    public FileSystemProvider provider() {
        return provider;
    }

    @Override
    public void close() {
    }

    @Override
    public boolean isOpen() {
        return true;
    }

    @Override
    public boolean isReadOnly() {
        return true;
    }

    @Override
    public String getSeparator() {
        return "/";
    }

    @Override
    public Iterable<Path> getRootDirectories() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Iterable<FileStore> getFileStores() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Set<String> supportedFileAttributeViews() {
        return Set.of("basic");
    }

    @Override
    public Path getPath(String first, String... more) {
        throw new UnsupportedOperationException();
    }

    @Override
    public PathMatcher getPathMatcher(String syntaxAndPattern) {
        throw new UnsupportedOperationException();
    }

    @Override
    public UserPrincipalLookupService getUserPrincipalLookupService() {
        throw new UnsupportedOperationException();
    }

    @Override
    public WatchService newWatchService() {
        throw new UnsupportedOperationException();
    }

    /** A real file's path, named as it is, in the read-denying file system. */
    private record DeniedPath(ReadDenyingFileSystem fileSystem, Path real) implements Path {

        @Override
        public FileSystem getFileSystem() {
            return fileSystem;
        }

        @Override
        public String toString() {
            return real.toString();
        }

        @Override
        public boolean isAbsolute() {
            return real.isAbsolute();
        }

        @Override
        public Path getRoot() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Path getFileName() {
            return new DeniedPath(fileSystem, real.getFileName());
        }

        @Override
        public Path getParent() {
            throw new UnsupportedOperationException();
        }

        @Override
        public int getNameCount() {
            return real.getNameCount();
        }

        @Override
        public Path getName(int index) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Path subpath(int beginIndex, int endIndex) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean startsWith(Path other) {
            return false;
        }

        @Override
        public boolean endsWith(Path other) {
            return false;
        }

        @Override
        public Path normalize() {
            return this;
        }

        @Override
        public Path resolve(Path other) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Path relativize(Path other) {
            throw new UnsupportedOperationException();
        }

        @Override
        public URI toUri() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Path toAbsolutePath() {
            return new DeniedPath(fileSystem, real.toAbsolutePath());
        }

        @Override
        public Path toRealPath(LinkOption... options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public WatchKey register(WatchService watcher, WatchEvent.Kind<?>[] events, WatchEvent.Modifier... modifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int compareTo(Path other) {
            return real.compareTo(((DeniedPath) other).real);
        }
    }
}
