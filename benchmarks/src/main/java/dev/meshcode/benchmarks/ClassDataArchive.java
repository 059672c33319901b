package dev.meshcode.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A class-data sharing archive for the topics-alone children: one plan records the classes it loads
 * ({@code -XX:ArchiveClassesAtExit}), later plans map them ({@code -XX:SharedArchiveFile}) instead
 * of reading, parsing and verifying them again, as docs/getting-started.md shows for {@code mvn
 * mesh:plan}. The JVM archives classes from jar files only, so the folders of this class path (the
 * modules' {@code target/classes}) are packed into jars first.
 */
final class ClassDataArchive {

  private final Path archive;
  private final String classpath;

  private ClassDataArchive(Path archive, String classpath) {
    this.archive = archive;
    this.classpath = classpath;
  }

  /** An archive under {@code folder}, for this JVM's class path with its folders packed. */
  static ClassDataArchive in(Path folder) {
    try {
      Files.createDirectories(folder);
      List<String> entries = new ArrayList<>();
      int n = 0;
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        Path path = Path.of(entry);
        if (Files.isDirectory(path)) {
          Path jar = folder.resolve("classes-" + n++ + ".jar");
          pack(path, jar);
          entries.add(jar.toString());
        } else {
          entries.add(entry);
        }
      }
      return new ClassDataArchive(
          folder.resolve("topics-plan.jsa"), String.join(File.pathSeparator, entries));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot pack the class path into " + folder, e);
    }
  }

  String classpath() {
    return classpath;
  }

  List<String> recording() {
    return List.of("-XX:ArchiveClassesAtExit=" + archive);
  }

  List<String> using() {
    return List.of("-XX:SharedArchiveFile=" + archive);
  }

  Path file() {
    return archive;
  }

  private static void pack(Path folder, Path jar) throws IOException {
    try (OutputStream out = Files.newOutputStream(jar);
        ZipOutputStream zip = new ZipOutputStream(out);
        Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        zip.putNextEntry(new ZipEntry(folder.relativize(file).toString().replace('\\', '/')));
        Files.copy(file, zip);
        zip.closeEntry();
      }
    }
  }
}
