package dev.meshcode.policy.cel;

import dev.cel.common.CelSourceLocation;
import dev.meshcode.diag.SourceLocation;
import dev.meshcode.model.Rule;
import dev.meshcode.model.RuleCheck;

/**
 * Maps a position inside a CEL expression (CEL: 1-based line, 0-based column) to the descriptor.
 * The expression starts at {@code expressionLine:expressionColumn}; later lines of a block scalar
 * start at the same column, since YAML strips the block's indentation. A rule whose expression
 * position is unknown (0) falls back to the rule's own location.
 */
final class ExpressionPositions {

  private final SourceLocation start;

  ExpressionPositions(Rule rule, RuleCheck.Cel cel) {
    this.start =
        cel.expressionLine() > 0 && cel.expressionColumn() > 0
            ? new SourceLocation(
                rule.location().file(), cel.expressionLine(), cel.expressionColumn())
            : rule.location();
  }

  SourceLocation start() {
    return start;
  }

  SourceLocation of(CelSourceLocation inside) {
    if (start.line() == 0 || inside.getLine() < 1) {
      return start;
    }
    return new SourceLocation(
        start.file(),
        start.line() + inside.getLine() - 1,
        start.column() + Math.max(0, inside.getColumn()));
  }
}
