export { ConfigError, defineConfig, env, loadConfig, redactConfig } from './config/config';
export type { ConfigOf, ConfigShape, ConfigSpec } from './config/config';
export { ApiError, errorFamily, parseInput, toPointer } from './errors/api-error';
export type { ProblemDetail } from './errors/api-error';
export { GlobalErrorFilter } from './errors/error-filter';
export type { ErrorBody } from './errors/error-filter';
export { createLogger, PinoNestLogger } from './logging/logger';
export { currentContext, runWithContext } from './logging/request-context';
export type { RequestContext } from './logging/request-context';
export { ReadinessRegistry, withTimeout } from './health/readiness';
export type { ReadinessCheck } from './health/readiness';
export { MetricsRegistry } from './metrics/metrics';
export { CONFIG, LOGGER, PlatformModule, SERVICE_NAME } from './bootstrap/platform.module';
export { createService, runService } from './bootstrap/create-service';
export type { CreatedService, ServiceDefinition } from './bootstrap/create-service';
export * from './auth';
export {
  cursorParameter,
  DEFAULT_PAGE_SIZE,
  encodeCursor,
  limitParameter,
  MAX_PAGE_SIZE,
  pageQuery,
  toPage,
} from './pagination/pagination';
export type { Page } from './pagination/pagination';
