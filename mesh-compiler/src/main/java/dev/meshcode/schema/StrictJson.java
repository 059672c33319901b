package dev.meshcode.schema;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A streaming pass that rejects a repeated key in a JSON object. Avro's parser and most JSON
 * readers keep the last value silently, so {@code {"type": "string", "type": "int"}} would register
 * something other than what the author reads.
 */
final class StrictJson {

  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private StrictJson() {}

  /**
   * @throws UncheckedIOException wrapping Jackson's exception (with its line and column) for a
   *     repeated key or broken syntax
   */
  static void check(String text) {
    try (JsonParser parser = FACTORY.createParser(text)) {
      while (parser.nextToken() != null) {
        // Reading every token is what makes the parser compare each object's keys.
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
