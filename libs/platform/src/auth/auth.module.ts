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
import { CONFIG } from '../bootstrap/platform.module';
import { AUTHENTICATOR, AuthGuard, ROUTE_POLICY, type Authenticator, type RoutePolicy } from './auth.guard';
import { IntrospectionAuthenticator } from './introspection-authenticator';

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

/** The part of a service's configuration that says how it reaches the registry, and as whom. */
export interface RegistryAccessConfig {
  REGISTRY_URL: string;
  REGISTRY_TOKEN: string;
}

/**
 * Installs AuthGuard for every route of the service: `throughRegistry()` in every service but the registry, which
 * checks tokens against its own tables with `forRoot`.
 */
@Module({})
export class AuthModule {
  /**
   * Tokens checked by the registry's introspection endpoint (REGISTRY_URL), with the service's own token
   * (REGISTRY_TOKEN) and the platform's cache.
   */
  static throughRegistry(): DynamicModule {
    return AuthModule.forRoot({
      authenticator: {
        useFactory: (config: RegistryAccessConfig) =>
          new IntrospectionAuthenticator(config.REGISTRY_URL, config.REGISTRY_TOKEN),
        inject: [CONFIG],
      },
    });
  }

  static forRoot(options: AuthModuleOptions): DynamicModule {
    const providers: Provider[] = [
      { provide: AUTHENTICATOR, ...options.authenticator },
      { provide: APP_GUARD, useClass: AuthGuard },
    ];
    if (options.routePolicy !== undefined) providers.push({ provide: ROUTE_POLICY, useClass: options.routePolicy });
    return { module: AuthModule, imports: options.imports ?? [], providers, exports: [AUTHENTICATOR] };
  }
}
