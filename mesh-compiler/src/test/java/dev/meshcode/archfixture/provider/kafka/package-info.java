/** Part of the deliberately bad fixture; see {@code dev.meshcode.archfixture}. */
package dev.meshcode.archfixture.provider.kafka;
