import { resolveConnection, type Connection } from './connection/connection';
import { GatewayClient } from './gateway/gateway-client';
import { GatewaySubscriptions } from './gateway/subscriptions';

/**
 * What every command needs to reach the mesh, resolved only when a command asks (so `--help`, `completion` and
 * `contract lint` work without a token), from the global `--context` option and the environment.
 */
export class Session {
  private resolved: Connection | undefined;

  constructor(private readonly globalOptions: () => { context?: string }) {}

  connection(): Connection {
    this.resolved ??= resolveConnection({
      context: this.globalOptions().context,
      env: process.env,
      cwd: process.cwd(),
    });
    return this.resolved;
  }

  gateway(): GatewayClient {
    return new GatewayClient(this.connection());
  }

  subscriptions(): GatewaySubscriptions {
    return new GatewaySubscriptions(this.connection());
  }
}
