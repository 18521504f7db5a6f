import {
  Module,
  type ClassProvider,
  type DynamicModule,
  type ExistingProvider,
  type FactoryProvider,
  type ModuleMetadata,
  type Provider,
  type Type,
  type ValueProvider,
} from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AUTHENTICATOR, AuthGuard, ROUTE_POLICY, type Authenticator, type RoutePolicy } from './auth.guard';

/** How the module gets the service's Authenticator, as a Nest provider without its `provide`. */
export type AuthenticatorProvider =
  | Omit<ClassProvider<Authenticator>, 'provide'>
  | Omit<ExistingProvider<Authenticator>, 'provide'>
  | Omit<FactoryProvider<Authenticator>, 'provide'>
  | Omit<ValueProvider<Authenticator>, 'provide'>;

export interface AuthModuleOptions {
  /** Modules the authenticator (or the route policy) needs. */
  imports?: ModuleMetadata['imports'];
  /** The registry checks tokens against its tables; other services use an IntrospectionAuthenticator. */
  authenticator: AuthenticatorProvider;
  routePolicy?: Type<RoutePolicy>;
}

/**
 * Installs AuthGuard for every route of the service. A service other than the registry writes:
 *
 *     AuthModule.forRoot({
 *       authenticator: {
 *         useFactory: (config: Config) => new IntrospectionAuthenticator(config.REGISTRY_URL, config.REGISTRY_TOKEN),
 *         inject: [CONFIG],
 *       },
 *     })
 */
@Module({})
export class AuthModule {
  static forRoot(options: AuthModuleOptions): DynamicModule {
    const providers: Provider[] = [
      { provide: AUTHENTICATOR, ...options.authenticator },
      { provide: APP_GUARD, useClass: AuthGuard },
    ];
    if (options.routePolicy !== undefined) providers.push({ provide: ROUTE_POLICY, useClass: options.routePolicy });
    return { module: AuthModule, imports: options.imports ?? [], providers, exports: [AUTHENTICATOR] };
  }
}
