package dev.meshcode.api.wiring;

import dev.meshcode.sandbox.KafkaBrokerOptions;
import dev.meshcode.sandbox.KafkaTls;
import dev.meshcode.sandbox.TestTls;

/**
 * {@link KafkaLoginCycle} over TLS (SASL_SSL), with host verification against the broker's
 * self-signed certificate; the trust store's password is a secret reference too.
 */
class KafkaSaslSslPlanApplyTest extends KafkaLoginCycle {

  private KafkaTls tls;

  @Override
  KafkaBrokerOptions secure(KafkaBrokerOptions options) {
    tls = TestTls.create(data, TRUST_PASSWORD);
    return options.withTls(tls);
  }

  @Override
  String clientProperties() {
    return "security.protocol: SASL_SSL, sasl.mechanism: PLAIN, ssl.truststore.type: PKCS12,"
        + " ssl.truststore.location: \""
        + tls.trustStore()
        + "\", ssl.truststore.password: \"${env:TRUSTSTORE_PASSWORD}\"";
  }
}
