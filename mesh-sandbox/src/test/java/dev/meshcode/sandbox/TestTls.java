package dev.meshcode.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * TLS material for a test cluster, made with the JDK's own {@code keytool}: a self-signed key for
 * 127.0.0.1 (its address is in the certificate, so clients verify the host) and a trust store that
 * holds its certificate; for mutual TLS, clients' keys and the store of the certificates the
 * brokers accept.
 */
public final class TestTls {

  private static final String[] SAN = {"-ext", "SAN=ip:127.0.0.1,dns:localhost"};

  private TestTls() {}

  /**
   * A client's key for mutual TLS: a JKS key store whose key has its own password (PKCS12 made by
   * keytool cannot), so a client that forgot {@code ssl.key.password} cannot load it.
   *
   * @param alias the key's alias in the store, also its common name
   * @param certificate the client's certificate (PEM), for a trust store
   */
  public record ClientKey(String alias, Path keyStore, Path certificate) {}

  /**
   * A client key as PEM text, for {@code ssl.keystore.type: PEM}.
   *
   * @param privateKey the unencrypted PKCS#8 key ({@code ssl.keystore.key})
   * @param certificateChain the certificate ({@code ssl.keystore.certificate.chain})
   */
  public record Pem(String privateKey, String certificateChain) {}

  public static KafkaTls create(Path dir, String password) {
    Path keyStore = dir.resolve("broker.p12");
    Path trustStore = dir.resolve("trust.p12");
    keyPair(keyStore, "broker", "CN=127.0.0.1", "PKCS12", password, password, SAN);
    trustStore(
        trustStore, password, export(keyStore, "broker", password, dir.resolve("broker.pem")));
    return new KafkaTls(keyStore, trustStore, password);
  }

  /**
   * As {@link #create}, with the brokers requiring a certificate of every client and trusting
   * exactly {@code clients} (and their own certificate, for the inter-broker link).
   */
  public static KafkaTls createMutual(Path dir, String password, ClientKey... clients) {
    KafkaTls server = create(dir, password);
    List<Path> trusted = new ArrayList<>(List.of(dir.resolve("broker.pem")));
    for (ClientKey client : clients) {
      trusted.add(client.certificate());
    }
    Path clientTrust =
        trustStore(dir.resolve("clients.p12"), password, trusted.toArray(Path[]::new));
    return server.requiringClientCertificates(clientTrust);
  }

  /** A client key pair with a self-signed certificate for {@code CN=name}, in a JKS key store. */
  public static ClientKey clientKey(
      Path dir, String name, String storePassword, String keyPassword) {
    Path keyStore = dir.resolve(name + ".jks");
    keyPair(keyStore, name, "CN=" + name, "JKS", storePassword, keyPassword);
    Path certificate = export(keyStore, name, storePassword, dir.resolve(name + ".pem"));
    return new ClientKey(name, keyStore, certificate);
  }

  /** {@code key}'s private key and certificate as PEM text, read from its JKS store. */
  public static Pem pem(ClientKey key, String storePassword, String keyPassword) {
    try (InputStream in = Files.newInputStream(key.keyStore())) {
      KeyStore store = KeyStore.getInstance("JKS");
      store.load(in, storePassword.toCharArray());
      byte[] pkcs8 = store.getKey(key.alias(), keyPassword.toCharArray()).getEncoded();
      String body =
          Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pkcs8);
      String privateKey = "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n";
      return new Pem(privateKey, Files.readString(key.certificate(), StandardCharsets.US_ASCII));
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot read the key of " + key.alias(), e);
    }
  }

  private static void keyPair(
      Path keyStore,
      String alias,
      String dname,
      String type,
      String storePass,
      String keyPass,
      String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "-genkeypair",
                "-alias",
                alias,
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-validity",
                "2",
                "-dname",
                dname,
                "-keystore",
                keyStore.toString(),
                "-storetype",
                type,
                "-storepass",
                storePass,
                "-keypass",
                keyPass));
    args.addAll(List.of(extra));
    keytool(args.toArray(String[]::new));
  }

  private static Path export(Path keyStore, String alias, String password, Path certificate) {
    keytool(
        "-exportcert",
        "-rfc",
        "-alias",
        alias,
        "-keystore",
        keyStore.toString(),
        "-storepass",
        password,
        "-file",
        certificate.toString());
    return certificate;
  }

  /** A PKCS12 trust store holding {@code certificates}, each under its file name as alias. */
  private static Path trustStore(Path store, String password, Path... certificates) {
    for (Path certificate : certificates) {
      keytool(
          "-importcert",
          "-noprompt",
          "-alias",
          certificate.getFileName().toString(),
          "-file",
          certificate.toString(),
          "-keystore",
          store.toString(),
          "-storetype",
          "PKCS12",
          "-storepass",
          password);
    }
    return store;
  }

  private static void keytool(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    command.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes());
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IllegalStateException("keytool " + args[0] + " failed: " + out);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot run keytool", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
