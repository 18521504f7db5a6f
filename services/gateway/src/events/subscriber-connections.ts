import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { CONFIG, LOGGER, type AuthenticatedPrincipal } from '@mesh/platform';
import type { Logger } from 'pino';
import type { WebSocket } from 'ws';
import type { GatewayConfig } from '../config';
import { ContextFactory } from '../context/context-factory';
import { GatewayMetrics } from '../graphql/gateway-metrics';

/** Close codes: graphql-ws's own 4403 for a token that stopped being valid; ours for a subscriber too slow. */
export const CLOSE_FORBIDDEN = 4403;
export const CLOSE_TOO_SLOW = 4413;

/** One graphql-ws connection: whose it is and its socket. */
export interface SubscriberConnection {
  token: string;
  principal: AuthenticatedPrincipal;
  socket: WebSocket;
}

/**
 * The open subscriber connections. One timer checks every connection's token again each
 * TOKEN_RECHECK_INTERVAL_MS (the authenticator asks the registry once per token, however many sockets share it)
 * and closes the sockets of revoked or expired tokens with 4403.
 */
@Injectable()
export class SubscriberConnections implements OnModuleDestroy {
  private readonly open = new Set<SubscriberConnection>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    @Inject(CONFIG) config: GatewayConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly contexts: ContextFactory,
    private readonly metrics: GatewayMetrics,
  ) {
    this.timer = setInterval(() => void this.recheck(), config.TOKEN_RECHECK_INTERVAL_MS);
    this.timer.unref();
  }

  add(connection: SubscriberConnection): void {
    this.open.add(connection);
  }

  remove(connection: SubscriberConnection): void {
    this.open.delete(connection);
  }

  get size(): number {
    return this.open.size;
  }

  /** Drops a connection the gateway will not serve any more, counting why. */
  drop(connection: SubscriberConnection, code: number, reason: string, metricReason: string): void {
    if (!this.open.has(connection)) return;
    this.remove(connection);
    this.metrics.droppedSubscribers.inc({ reason: metricReason });
    connection.socket.close(code, reason);
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  private async recheck(): Promise<void> {
    const byToken = new Map<string, SubscriberConnection[]>();
    for (const connection of this.open) {
      const sharing = byToken.get(connection.token);
      if (sharing === undefined) byToken.set(connection.token, [connection]);
      else sharing.push(connection);
    }
    for (const [token, connections] of byToken) {
      let valid: boolean;
      try {
        valid = await this.contexts.stillValid(token);
      } catch (error) {
        // The registry is away: keep serving rather than cut every dashboard off; the next round asks again.
        this.logger.warn({ err: error }, 'cannot recheck subscriber tokens now');
        return;
      }
      if (valid) continue;
      for (const connection of connections) {
        this.drop(connection, CLOSE_FORBIDDEN, 'Forbidden: the token was revoked or has expired', 'token-invalid');
      }
    }
  }
}
