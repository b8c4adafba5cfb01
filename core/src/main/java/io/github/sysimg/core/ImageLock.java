package io.github.sysimg.core;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;

/**
 * One build at a time per image: {@code FILE.lock} beside the image, locked for as long as a run builds that image.
 * A second run that wants the same image gets {@link ImageLockedException} at once and writes nothing, so the first
 * run's image, {@code .args} and {@code .meta} always belong together.
 *
 * <p>The holder removes the lock file as it lets go of the lock, so that none is left behind. Another run may then
 * hold a lock on a file that is no longer at the path, which guards nothing; so a run keeps the lock it got only if
 * the path still names the file it locked. The holder writes its process id into the file for the loser's message.
 * A lock file left by a killed run holds no lock and is taken over.
 *
 * <p>Re-entrant for the thread that holds it: the CLI takes the lock before its test run, and the image build takes
 * it again.
 */
public final class ImageLock implements AutoCloseable {
    /** In this JVM, the locks held, by image path: a file system lock cannot be taken twice by one process. */
    private static final Map<Path, ImageLock> HELD = new HashMap<>();
    private static final int ATTEMPTS = 10;
    /*
     * The locked region is one byte far past the content: where file locks are mandatory (Windows), a locked region
     * cannot be read, and the loser reads the holder's process id from the file.
     */
    private static final long REGION = Long.MAX_VALUE - 1;

    private final Path image;
    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final Object key;
    private final Thread owner;
    private final Thread cleanup;
    private int holds = 1;

    private ImageLock(Path image, Path file, FileChannel channel, FileLock lock, Object key) {
        this.image = image;
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.key = key;
        this.owner = Thread.currentThread();
        // Ctrl-C or SIGTERM: the process ends and the system lets go of the lock; the file goes with it.
        this.cleanup = new Thread(this::deleteFileIfOurs, "sysimg-image-lock-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    /** The lock file of an image: {@code sysimg.jsa} gets {@code sysimg.jsa.lock}. */
    public static Path fileOf(Path image) {
        return image.resolveSibling(image.getFileName() + ".lock");
    }

    /**
     * Takes the lock of {@code image}, or fails at once when another run (or another thread of this JVM) holds it.
     *
     * @throws ImageLockedException when another build of the same image runs
     * @throws SysimgException      when the lock file cannot be written
     */
    public static ImageLock acquire(Path image) {
        Path target = image.toAbsolutePath().normalize();
        synchronized (HELD) {
            ImageLock held = HELD.get(target);
            if (held != null) {
                if (held.owner != Thread.currentThread()) {
                    throw new ImageLockedException(image, ProcessHandle.current().pid());
                }
                held.holds++;
                return held;
            }
            ImageLock lock = lockFile(image, target);
            HELD.put(target, lock);
            return lock;
        }
    }

    private static ImageLock lockFile(Path image, Path target) {
        Path file = fileOf(target);
        try {
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                try {
                    Files.createFile(file);
                } catch (FileAlreadyExistsException e) {
                    // another run's, or one left behind
                }
                Object before = fileKey(file);
                FileChannel channel;
                try {
                    channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
                } catch (NoSuchFileException e) {
                    continue;
                }
                FileLock lock = null;
                try {
                    lock = channel.tryLock(REGION, 1, false);
                } catch (OverlappingFileLockException e) {
                    // held by this JVM outside this class: as good as another run
                } finally {
                    if (lock == null) {
                        channel.close();
                    }
                }
                if (lock == null) {
                    throw new ImageLockedException(image, holderPid(file));
                }
                Object key = fileKey(file);
                if (before != null && !before.equals(key)) {
                    // The holder we met removed the file and let go: this lock is on a file no longer at the path.
                    lock.release();
                    channel.close();
                    continue;
                }
                channel.truncate(0);
                channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
                return new ImageLock(image, file, channel, lock, key);
            }
        } catch (IOException e) {
            throw new SysimgException(Setting.IMAGE, s -> "Cannot create the lock file \"" + file + "\" beside the image ("
                    + e.getMessage() + "); check the permissions of the image's folder or choose another path with "
                    + s.of(Setting.IMAGE) + ".", e);
        }
        throw new ImageLockedException(image, holderPid(file));
    }

    /**
     * The identity of the file at a path (device and inode), read without opening it: POSIX drops all of a process's
     * locks on a file when it closes any descriptor of it. Null if the file system has none, or if no file is there.
     */
    private static Object fileKey(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    /** The image this lock is for, as given. */
    public Path image() {
        return image;
    }

    /** Lets go of the lock once the last hold ends, removing the lock file. */
    @Override
    public void close() {
        synchronized (HELD) {
            if (--holds > 0) {
                return;
            }
            HELD.remove(image.toAbsolutePath().normalize());
        }
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs now and removes the file
        }
        deleteFileIfOurs();
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the system lets go of the lock with the process at the latest
        }
    }

    private void deleteFileIfOurs() {
        try {
            if (key == null || key.equals(fileKey(file))) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // a lock file left behind holds no lock: the next run takes it over
        }
    }

    private static String read(Path file) throws IOException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return "";
        }
    }

    /** The process id written into the lock file by its holder, or -1 if it cannot be read. */
    private static long holderPid(Path file) {
        try {
            String text = read(file).strip();
            return text.startsWith("pid ") ? Long.parseLong(text.split(" ")[1]) : -1;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
