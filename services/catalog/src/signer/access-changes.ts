import { Inject, Injectable, type BeforeApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotificationListener } from '@mesh/messaging';
import { LOGGER } from '@mesh/platform';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { REMOTE_SIGNING, type RemoteSigning } from '../warehouse/remote-signing';
import { ReadCoverageCache } from './read-coverage-cache';

/** Where the triggers of AccessNotifications1766600000000 tell of a committed change to tables, bindings or grants. */
export const ACCESS_CHANNEL = 'catalog_access';

/** How soon a lost LISTEN connection is tried again; meanwhile the cache's own bound (the tokens' window) holds. */
const RELISTEN_MS = 1_000;

/**
 * Keeps the signer's cached rights in step with the database: every change committed by any catalog process (or by
 * hand) clears them here, a moment after its commit. Only an S3 warehouse has a signer.
 */
@Injectable()
export class AccessChanges implements OnModuleInit, BeforeApplicationShutdown {
  private readonly listener: NotificationListener | null;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    @Inject(LOGGER) logger: Logger,
    @Inject(REMOTE_SIGNING) signing: RemoteSigning | null,
    cache: ReadCoverageCache,
  ) {
    this.listener =
      signing === null
        ? null
        : new NotificationListener(dataSource, ACCESS_CHANNEL, () => cache.clear(), logger, RELISTEN_MS);
  }

  async onModuleInit(): Promise<void> {
    await this.listener?.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.listener?.stop();
  }
}
