package dev.meshcode.sandbox;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Extracts a {@code .tar.gz} (ustar with pax headers, as Apicurio's distribution is built) without
 * an external {@code tar}. Only directories and regular files are written; links and other entry
 * types are skipped, and no entry may escape the target directory.
 */
final class ApicurioUnpacker {

  private static final int BLOCK = 512;

  private ApicurioUnpacker() {}

  static void extract(Path tarGz, Path target) throws IOException {
    Path root = target.toAbsolutePath().normalize();
    Files.createDirectories(root);
    try (InputStream in =
        new GZIPInputStream(new BufferedInputStream(Files.newInputStream(tarGz)), 1 << 16)) {
      Optional<String> paxPath = Optional.empty();
      byte[] header = new byte[BLOCK];
      while (readFully(in, header) && !isZero(header)) {
        char type = (char) header[156];
        long size = octal(header, 124, 12);
        String name = paxPath.orElseGet(() -> headerName(header));
        paxPath = Optional.empty();
        if (type == 'x') {
          paxPath = paxPathOf(new String(readBytes(in, size), StandardCharsets.UTF_8));
        } else if (type == '5') {
          Files.createDirectories(inside(root, name));
          skip(in, padding(size));
        } else if (type == '0' || type == '\0') {
          writeFile(in, inside(root, name), size);
        } else {
          skip(in, size + padding(size));
        }
      }
    }
  }

  private static void writeFile(InputStream in, Path file, long size) throws IOException {
    Files.createDirectories(file.getParent());
    try (OutputStream out = Files.newOutputStream(file)) {
      byte[] buf = new byte[1 << 16];
      long left = size;
      while (left > 0) {
        int n = in.read(buf, 0, (int) Math.min(buf.length, left));
        if (n < 0) {
          throw new IOException("truncated archive at " + file.getFileName());
        }
        out.write(buf, 0, n);
        left -= n;
      }
    }
    skip(in, padding(size));
  }

  private static Path inside(Path root, String name) throws IOException {
    Path p = root.resolve(name).normalize();
    if (!p.startsWith(root) || name.startsWith("/")) {
      throw new IOException("archive entry outside the target directory: " + name);
    }
    return p;
  }

  /** Pax records are {@code "<len> <key>=<value>\n"}; only {@code path} matters here. */
  static Optional<String> paxPathOf(String records) {
    for (String line : records.split("\n")) {
      int space = line.indexOf(' ');
      int eq = line.indexOf('=');
      if (space > 0 && eq > space && line.substring(space + 1, eq).equals("path")) {
        return Optional.of(line.substring(eq + 1));
      }
    }
    return Optional.empty();
  }

  private static String headerName(byte[] h) {
    String name = cString(h, 0, 100);
    boolean ustar = cString(h, 257, 6).startsWith("ustar");
    String prefix = ustar ? cString(h, 345, 155) : "";
    return prefix.isEmpty() ? name : prefix + "/" + name;
  }

  private static String cString(byte[] h, int offset, int length) {
    int end = offset;
    while (end < offset + length && h[end] != 0) {
      end++;
    }
    return new String(h, offset, end - offset, StandardCharsets.UTF_8);
  }

  private static long octal(byte[] h, int offset, int length) throws IOException {
    String s = cString(h, offset, length).trim();
    try {
      return s.isEmpty() ? 0 : Long.parseLong(s, 8);
    } catch (NumberFormatException e) {
      throw new IOException("not a tar archive (bad size field)", e);
    }
  }

  private static long padding(long size) {
    return (BLOCK - size % BLOCK) % BLOCK;
  }

  private static byte[] readBytes(InputStream in, long size) throws IOException {
    byte[] data = new byte[Math.toIntExact(size)];
    if (!readFully(in, data)) {
      throw new IOException("truncated archive");
    }
    skip(in, padding(size));
    return data;
  }

  private static boolean readFully(InputStream in, byte[] buf) throws IOException {
    int off = 0;
    while (off < buf.length) {
      int n = in.read(buf, off, buf.length - off);
      if (n < 0) {
        return false;
      }
      off += n;
    }
    return true;
  }

  private static void skip(InputStream in, long n) throws IOException {
    in.skipNBytes(n);
  }

  private static boolean isZero(byte[] block) {
    for (byte b : block) {
      if (b != 0) {
        return false;
      }
    }
    return true;
  }
}
