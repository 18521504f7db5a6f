export { AuthError, missingRight } from './auth-error';
export { CurrentPrincipal, Public } from './auth.decorators';
export type { RouteAccess } from './auth.decorators';
export { AUTHENTICATOR, AuthGuard } from './auth.guard';
export type { Authenticator, RoutePolicy } from './auth.guard';
export { AuthModule } from './auth.module';
export type { AuthenticatorProvider, AuthModuleOptions, RegistryAccessConfig } from './auth.module';
export { IntrospectionAuthenticator, TOKEN_CACHE_TTL_MS } from './introspection-authenticator';
export type { IntrospectionOptions } from './introspection-authenticator';
export { ApiAuthenticated, ApiErrors, ErrorResponse } from './openapi';
export type { ErrorAnswers } from './openapi';
export { PRINCIPAL_KINDS, roleGrantSchema, ROLES } from './principal';
export type { AuthenticatedPrincipal, PrincipalKind, Role, RoleGrant } from './principal';
export { tokenFromAuthorization } from './credentials';
export { principalOf } from './request-principal';
export {
  hasRole,
  mayWriteDomain,
  ownedDomains,
  requireDomainOwner,
  requireDomainRead,
  requireDomainWrite,
  requireRole,
} from './rights';
export { generateToken, hashToken, isTokenFormat } from './token';
export { PLATFORM_SERVICES, SERVICE_ROLES, servicePrincipalName } from './service-identities';
export type { PlatformService } from './service-identities';
export { mayReadProduct, productAccess, readerScope } from './product-readers';
export type { ProductAccess, ProductAudience, ReaderScope } from './product-readers';
