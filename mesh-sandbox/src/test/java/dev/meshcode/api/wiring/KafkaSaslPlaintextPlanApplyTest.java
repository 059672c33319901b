package dev.meshcode.api.wiring;

/** {@link KafkaLoginCycle} with SASL/PLAIN over plaintext (loopback only). */
class KafkaSaslPlaintextPlanApplyTest extends KafkaLoginCycle {}
