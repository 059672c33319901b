package dev.meshcode.api;

import dev.meshcode.model.Credentials;
import dev.meshcode.model.SecretRef;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where secrets come from: the build's environment variables ({@code ${env:NAME}}) and the servers
 * of Maven's {@code settings.xml}. The host implements the two lookups; descriptors, the model and
 * plans only ever hold references, and providers get the resolved values.
 */
public interface SecretResolver {

  /** The pattern of a reference inside a value: {@code ${env:NAME}}. */
  Pattern ENV_REFERENCE = Pattern.compile("\\$\\{env:([A-Za-z_][A-Za-z0-9_]*)}");

  /** The value of environment variable {@code name}, when it is set. */
  Optional<String> environmentVariable(String name);

  /** The user name and password of the {@code settings.xml} server {@code id}, when declared. */
  Optional<Login> server(String id);

  /** The secret {@code ref} names; throws {@link SecretException} when it is not set. */
  default String resolve(SecretRef ref) {
    return environmentVariable(ref.envVar())
        .orElseThrow(
            () ->
                new SecretException(
                    ref.toString(),
                    "The environment variable " + ref.envVar() + " is not set.",
                    "Set "
                        + ref.envVar()
                        + " in the environment of the build (a CI secret), then run again."));
  }

  /** {@code value} with every {@code ${env:NAME}} replaced by the variable's value. */
  default String expand(String value) {
    Matcher m = ENV_REFERENCE.matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String secret = resolve(new SecretRef(m.group(1)));
      m.appendReplacement(out, Matcher.quoteReplacement(secret));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The login {@code credentials} describe. */
  default Login login(Credentials credentials) {
    if (credentials instanceof Credentials.SettingsServer s) {
      return server(s.id())
          .orElseThrow(
              () ->
                  new SecretException(
                      "server " + s.id(),
                      "No <server> with id '" + s.id() + "' in Maven's settings.xml.",
                      "Add <server><id>"
                          + s.id()
                          + "</id><username>…</username><password>…</password></server> to"
                          + " ~/.m2/settings.xml (or the settings file CI passes with -s)."));
    }
    Credentials.Basic basic = (Credentials.Basic) credentials;
    return new Login(expand(basic.username()), resolve(basic.password()));
  }
}
