package org.apache.maven.archfixture;

/**
 * Stands in for a Maven API class, so ArchitectureTest can prove its Maven rule fires without
 * putting Maven on the compiler's classpath.
 */
public final class MavenStub {

  public boolean online() {
    return false;
  }
}
