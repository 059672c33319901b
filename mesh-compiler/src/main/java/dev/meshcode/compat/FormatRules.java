package dev.meshcode.compat;

import java.util.List;

/**
 * One schema language's compatibility rules, as a pairwise question: can a consumer using {@code
 * reader} read data written with {@code writer}? Every level is built from this question ({@link
 * OfflineCompatibility}).
 *
 * @param <S> the parsed form of a schema
 */
interface FormatRules<S> {

  /**
   * @throws UnreadableSchema when the text is not a schema of this language
   */
  S parse(SchemaText text);

  /**
   * What breaks when data written with {@code writer} is read with {@code reader}; each reason says
   * what goes wrong, without saying which versions are involved (the caller adds that).
   */
  List<Incompatibility> problems(S reader, S writer);
}
