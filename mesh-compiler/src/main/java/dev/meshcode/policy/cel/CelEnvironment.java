package dev.meshcode.policy.cel;

import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;

/**
 * The CEL compiler and runtime for policy rules, with the context variables declared. Both are
 * immutable and costly to build, so there is one of each per JVM.
 */
final class CelEnvironment {

  static final String PRODUCT = "product";
  static final String DOMAIN = "domain";
  static final String INPUTS = "inputs";
  static final String CONSUMERS = "consumers";
  static final String MESH = "mesh";
  static final String TODAY = "today";

  private static final CelType OBJECT = MapType.create(SimpleType.STRING, SimpleType.DYN);

  static final CelCompiler COMPILER =
      CelCompilerFactory.standardCelCompilerBuilder()
          .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
          .addVar(PRODUCT, OBJECT)
          .addVar(DOMAIN, OBJECT)
          .addVar(INPUTS, ListType.create(OBJECT))
          .addVar(CONSUMERS, ListType.create(OBJECT))
          .addVar(MESH, OBJECT)
          .addVar(TODAY, SimpleType.STRING)
          .build();

  static final CelRuntime RUNTIME = CelRuntimeFactory.standardCelRuntimeBuilder().build();

  private CelEnvironment() {}
}
