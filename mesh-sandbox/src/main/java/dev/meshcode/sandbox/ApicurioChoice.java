package dev.meshcode.sandbox;

/** Which Apicurio release to resolve, and the JDK that will run it. */
public record ApicurioChoice(ApicurioRelease release, ApicurioJava java) {}
