import { errorFamily } from '@mesh/platform';

export const KafkaCredentialsError = errorFamily('KafkaCredentialsError', {
  kafka_authentication_off: 503,
  kafka_unavailable: 503,
});
