package dev.meshcode.descriptor.git;

/** Small, valid descriptor and schema texts for the git tests. */
final class MeshTexts {

  private MeshTexts() {}

  static String mesh() {
    return "apiVersion: meshcode.dev/v1\nkind: Mesh\nname: trading\n";
  }

  static String domain(String name) {
    return "apiVersion: meshcode.dev/v1\n"
        + "kind: Domain\n"
        + "name: "
        + name
        + "\n"
        + "description: The "
        + name
        + " domain.\n"
        + "owners: [\"@"
        + name
        + "-team\"]\n";
  }

  static String product(String domain, String name, String schemaFile) {
    return "apiVersion: meshcode.dev/v1\n"
        + "kind: DataProduct\n"
        + "name: "
        + name
        + "\n"
        + "domain: "
        + domain
        + "\n"
        + "owner: \"@"
        + domain
        + "-team\"\n"
        + "quality: raw\n"
        + "sla: tier-3\n"
        + "lifecycle:\n"
        + "  stage: published\n"
        + "schemas:\n"
        + "  value:\n"
        + "    file: "
        + schemaFile
        + "\n";
  }

  /** An Avro record with the given string fields. */
  static String avro(String record, String... fields) {
    StringBuilder text = new StringBuilder();
    text.append("{\"type\": \"record\", \"name\": \"").append(record).append("\", \"fields\": [");
    for (int i = 0; i < fields.length; i++) {
      text.append(i == 0 ? "" : ", ");
      text.append("{\"name\": \"").append(fields[i]).append("\", \"type\": \"string\"}");
    }
    return text.append("]}\n").toString();
  }
}
