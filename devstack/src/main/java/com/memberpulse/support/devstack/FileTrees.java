package com.memberpulse.support.devstack;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Unpacking, copying and deleting directory trees, keeping POSIX permissions (the launch scripts stay executable). */
final class FileTrees {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private FileTrees() {
    }

    /**
     * Unpacks {@code zip} into {@code target}, dropping the archive's single top-level directory
     * ({@code keycloak-26.5.6/bin/kc.sh} becomes {@code target/bin/kc.sh}).
     */
    static void unzipSingleRoot(Path zip, Path target) throws IOException {
        // The JDK's zip file system reads the Unix modes stored in the archive (java.util.zip does not).
        try (FileSystem zipFs = FileSystems.newFileSystem(zip, Map.of("enablePosixFileAttributes", "true"))) {
            Path top = singleDirectory(zipFs.getPath("/"), zip);
            Files.walkFileTree(top, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    Files.createDirectories(resolve(target, top.relativize(dir)));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Path out = resolve(target, top.relativize(file));
                    Files.copy(file, out);
                    if (POSIX) {
                        Files.setPosixFilePermissions(out, Files.getPosixFilePermissions(file));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        }
    }

    /** Copies a directory tree; file attributes (permissions, times) come along. */
    static void copy(Path source, Path target) throws IOException {
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(target.resolve(source.relativize(dir)));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, target.resolve(source.relativize(file)), StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Deletes a directory tree if it exists. */
    static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                if (failure != null) {
                    throw failure;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static Path singleDirectory(Path zipRoot, Path zip) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(zipRoot)) {
            children.forEach(entries::add);
        }
        if (entries.size() != 1 || !Files.isDirectory(entries.getFirst())) {
            throw new IOException(zip + " should hold exactly one top-level directory, found " + entries);
        }
        return entries.getFirst();
    }

    /** Resolves a zip path's segments one by one against {@code target}, refusing any that escape it. */
    private static Path resolve(Path target, Path relative) throws IOException {
        Path out = target;
        for (Path segment : relative) {
            out = out.resolve(segment.toString());
        }
        out = out.normalize();
        if (!out.startsWith(target)) {
            throw new IOException("Zip entry escapes the target directory: " + relative);
        }
        return out;
    }
}
