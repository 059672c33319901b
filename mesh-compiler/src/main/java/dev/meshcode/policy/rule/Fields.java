package dev.meshcode.policy.rule;

import dev.meshcode.diag.SourceLocation;
import dev.meshcode.model.DataProduct;
import dev.meshcode.model.SchemaSpec;
import java.util.Optional;

/**
 * Where a product's fields are written. Paths are the {@link dev.meshcode.model.Origin} paths:
 * {@code topic/partitions}, {@code topic/configs/retention.ms}, {@code access/consumers/2}, …
 */
public final class Fields {

  private Fields() {}

  /** The field at {@code path}, or the nearest written parent (a defaulted value). */
  public static SourceLocation at(DataProduct product, String path) {
    return product.origin().locate(path);
  }

  /** The field at {@code path} when written, else {@code fallback} (a more precise stand-in). */
  public static SourceLocation exactly(DataProduct product, String path, SourceLocation fallback) {
    return Optional.ofNullable(product.origin().fields().get(path)).orElse(fallback);
  }

  /** A field of a key or value schema ({@code schemas/value/compatibility}), else the schema. */
  public static SourceLocation schemaField(DataProduct product, SchemaSpec schema, String field) {
    return exactly(product, "schemas/" + schema.role().label() + "/" + field, schema.location());
  }

  /** Where {@code product} lists its {@code index}-th input: {@code inputs/<index>}. */
  public static SourceLocation input(DataProduct product, int index) {
    return exactly(product, "inputs/" + index, product.inputs().get(index).location());
  }
}
