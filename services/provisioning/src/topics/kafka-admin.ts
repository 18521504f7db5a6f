import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { createKafka } from '@mesh/messaging';
import { CONFIG, LOGGER } from '@mesh/platform';
import type { Admin } from 'kafkajs';
import type { Logger } from 'pino';
import type { ProvisioningConfig } from '../config';

/** One Kafka admin client for the topic jobs, connected on first use and again after a failed connection. */
@Injectable()
export class KafkaAdmin implements OnApplicationShutdown {
  private connected: Promise<Admin> | undefined;
  private readonly admin: Admin;

  constructor(@Inject(CONFIG) config: ProvisioningConfig, @Inject(LOGGER) logger: Logger) {
    this.admin = createKafka({ brokers: config.KAFKA_BROKERS, clientId: 'provisioning-admin', logger }).admin();
  }

  get(): Promise<Admin> {
    this.connected ??= this.admin.connect().then(
      () => this.admin,
      (error: unknown) => {
        this.connected = undefined;
        throw error;
      },
    );
    return this.connected;
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.connected !== undefined) await this.admin.disconnect();
  }
}
