package dev.meshcode.archfixture.check;

import java.util.logging.Logger;

/** A vague name, standard streams, java.util.logging and a generic exception in one class. */
public final class FormatHelper {

  private static final Logger LOG = Logger.getLogger("fixture");

  public void print(String text) {
    System.out.println(text);
    LOG.info(text);
    if (text.isEmpty()) {
      throw new RuntimeException("empty");
    }
  }
}
