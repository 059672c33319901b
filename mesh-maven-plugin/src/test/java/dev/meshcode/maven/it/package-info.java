/**
 * Helpers for the invoker tests' hook scripts ({@code src/it/&#42;/verify.groovy}), on their class
 * path through the invoker's {@code addTestClassPath}: what every sandbox test checks, in one
 * place. Test code only; depends on the JDK.
 */
package dev.meshcode.maven.it;
