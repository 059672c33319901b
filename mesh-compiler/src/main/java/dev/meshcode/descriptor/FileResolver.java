package dev.meshcode.descriptor;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.SourceLocation;
import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The loader's only door to the file system: resolves paths written in descriptors (refusing any
 * that leave the mesh repository, also through symbolic links) and reads files as strict UTF-8 text
 * with a size limit. Referenced files are cached, since many products share one schema.
 */
final class FileResolver {

  static final int MAX_DESCRIPTOR_BYTES = 1 << 20;
  static final int MAX_REFERENCED_BYTES = 8 << 20;

  /** The outcome of reading a file. */
  sealed interface Read {
    record Text(String text) implements Read {}

    record Missing() implements Read {}

    record Failed(Diagnostic problem) implements Read {}
  }

  private final Path root;
  private final String rootPrefix;
  private final Map<Path, Read> cache = new ConcurrentHashMap<>();
  private final Path realRoot;

  FileResolver(Path root) {
    this.root = root.toAbsolutePath().normalize();
    this.realRoot = realPath(this.root);
    String text = this.root.toString();
    this.rootPrefix = text.endsWith(File.separator) ? text : text + File.separator;
  }

  private static Path realPath(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path;
    }
  }

  Path root() {
    return root;
  }

  /** The path relative to the mesh root, with {@code /} separators. */
  String relative(Path path) {
    String text = path.toString();
    if (path.isAbsolute() && text.startsWith(rootPrefix) && !text.contains("..")) {
      // a file under the root, as the walk gives them: no Path arithmetic for 10,000 files
      return text.substring(rootPrefix.length()).replace('\\', '/');
    }
    return root.relativize(path).toString().replace('\\', '/');
  }

  /** {@code written}, relative to {@code baseDir}; empty when it would leave the repository. */
  Optional<Path> resolve(Path baseDir, String written) {
    Path resolved;
    try {
      resolved = baseDir.resolve(written).normalize();
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
    return resolved.startsWith(root) ? Optional.of(resolved) : Optional.empty();
  }

  /** Reads a file a descriptor refers to; cached by path. */
  Read readReferenced(Path file) {
    return cache.computeIfAbsent(file, f -> read(f, MAX_REFERENCED_BYTES));
  }

  Read read(Path file, int maxBytes) {
    String name = relative(file);
    try {
      if (!insideRealRoot(file)) {
        return new Read.Failed(
            Diagnostic.error(
                "path-outside-repo",
                SourceLocation.ofFile(name),
                "`" + name + "` is a link that leads outside the mesh repository.",
                "Copy the file into the repository instead of linking to it."));
      }
      long size = Files.size(file);
      if (size > maxBytes) {
        return tooLarge(name, size, maxBytes);
      }
      return decode(name, Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      return new Read.Missing();
    } catch (IOException e) {
      return unreadable(name, e);
    }
  }

  private static Read tooLarge(String name, long size, int maxBytes) {
    return new Read.Failed(
        Diagnostic.error(
            "file-too-large",
            SourceLocation.ofFile(name),
            "`" + name + "` has " + size + " bytes; the limit is " + maxBytes + ".",
            "Split the file, or check that it is the file you meant."));
  }

  private static Read unreadable(String name, IOException e) {
    return new Read.Failed(
        Diagnostic.error(
            "file-unreadable",
            SourceLocation.ofFile(name),
            "`" + name + "` could not be read (" + e.getClass().getSimpleName() + ").",
            "Check that the file exists and is readable."));
  }

  /**
   * A descriptor the walk found. A regular file (no link) under the root is inside the repository
   * by construction, and its size is known: one read, no other system call.
   */
  Read readFound(DescriptorFinder.FoundFile file) {
    if (!file.regular()) {
      return read(file.path(), MAX_DESCRIPTOR_BYTES);
    }
    if (file.size() > MAX_DESCRIPTOR_BYTES) {
      return tooLarge(file.name(), file.size(), MAX_DESCRIPTOR_BYTES);
    }
    try {
      return decode(file.name(), Files.readAllBytes(file.path()));
    } catch (NoSuchFileException e) {
      return new Read.Missing();
    } catch (IOException e) {
      return unreadable(file.name(), e);
    }
  }

  private boolean insideRealRoot(Path file) throws IOException {
    return file.toRealPath().startsWith(realRoot);
  }

  static Read decode(String name, byte[] bytes) {
    boolean ascii = true;
    for (int i = 0; i < bytes.length; i++) {
      ascii &= bytes[i] >= 0;
      if (bytes[i] == 0 && i < 8192) {
        return new Read.Failed(
            Diagnostic.error(
                "binary-file",
                SourceLocation.ofFile(name),
                "`" + name + "` is a binary file, not text.",
                "Remove it from the descriptor folders, or replace it with the text file meant"
                    + " here."));
      }
    }
    if (ascii) {
      // most descriptors: one copy into a compact string, no decoder
      return new Read.Text(new String(bytes, StandardCharsets.US_ASCII));
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      return new Read.Failed(
          Diagnostic.error(
              "not-utf8",
              TextPositions.locateByte(name, bytes, in.position()),
              "`" + name + "` is not valid UTF-8 text.",
              "Save the file as UTF-8 (most editors offer it under \"encoding\")."));
    }
    decoder.flush(out);
    out.flip();
    String text = out.toString();
    return new Read.Text(text.startsWith("\uFEFF") ? text.substring(1) : text);
  }
}
