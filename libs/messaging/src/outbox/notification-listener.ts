import type { DataSource, QueryRunner } from 'typeorm';
import type { MessagingLogger } from '../logger';

/** The pg client under a TypeORM query runner, as far as LISTEN needs it. */
interface PgClientEvents {
  on(event: 'notification', listener: (message: { channel: string }) => void): void;
  on(event: 'error' | 'end', listener: () => void): void;
  removeListener(event: 'notification' | 'error' | 'end', listener: (...args: never[]) => void): void;
}

/**
 * Holds one pooled connection in LISTEN on a channel and re-establishes it after an error.
 * Between losing it and getting it back, notifications are missed; callers poll meanwhile.
 */
export class NotificationListener {
  private runner: QueryRunner | undefined;
  private detach: (() => void) | undefined;
  private active = false;
  private retryTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly channel: string,
    private readonly onNotify: () => void,
    private readonly logger: MessagingLogger,
    private readonly retryDelayMs: number,
  ) {}

  async start(): Promise<void> {
    this.active = true;
    await this.connect();
  }

  async stop(): Promise<void> {
    this.active = false;
    clearTimeout(this.retryTimer);
    const runner = this.runner;
    if (runner === undefined) return;
    await runner.query(`UNLISTEN ${this.channel}`).catch(() => undefined);
    await this.release(runner);
  }

  private async connect(): Promise<void> {
    const runner = this.dataSource.createQueryRunner();
    try {
      const client = (await runner.connect()) as PgClientEvents;
      const notification = (message: { channel: string }): void => {
        if (message.channel === this.channel) this.onNotify();
      };
      const lost = (): void => this.lost(runner);
      client.on('notification', notification);
      client.on('error', lost);
      client.on('end', lost);
      this.detach = () => {
        client.removeListener('notification', notification);
        client.removeListener('error', lost);
        client.removeListener('end', lost);
      };
      this.runner = runner;
      await runner.query(`LISTEN ${this.channel}`);
    } catch (error) {
      this.logger.warn({ err: error, channel: this.channel }, 'cannot LISTEN; polling until it works');
      await this.release(runner);
      this.scheduleRetry();
    }
  }

  private lost(runner: QueryRunner): void {
    if (runner !== this.runner) return;
    this.logger.warn({ channel: this.channel }, 'LISTEN connection lost; polling until it is back');
    void this.release(runner).then(() => this.scheduleRetry());
  }

  private scheduleRetry(): void {
    if (!this.active) return;
    this.retryTimer = setTimeout(() => void this.connect(), this.retryDelayMs);
  }

  private async release(runner: QueryRunner): Promise<void> {
    if (runner === this.runner) {
      this.detach?.();
      this.detach = undefined;
      this.runner = undefined;
    }
    await runner.release().catch(() => undefined);
  }
}
