/**
 * Deliberately bad code, never used: {@code ArchitectureTest} runs its rules on these classes and
 * expects every rule to fail, proving that the rules can catch what they are meant to catch. The
 * sub-packages mirror the real ones.
 */
package dev.meshcode.archfixture;
