import { z } from 'zod';
import { isTokenFormat } from '../auth/token';

/**
 * Typed, validated configuration from the environment. Each service declares one zod
 * object whose keys are the environment variable names; boot fails on the first call
 * with every bad variable named, so a typo never turns into a runtime surprise.
 */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid configuration: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

export type ConfigShape = z.ZodRawShape;

export interface ConfigSpec<S extends ConfigShape> {
  schema: z.ZodObject<S>;
  /** Variables whose values must never reach a log line (tokens, passwords, URLs with credentials). */
  secrets: readonly (keyof S & string)[];
}

export function defineConfig<S extends ConfigShape>(
  shape: S,
  secrets: readonly (keyof S & string)[] = [],
): ConfigSpec<S> {
  return { schema: z.object(shape), secrets };
}

export type ConfigOf<C> = C extends ConfigSpec<infer S> ? z.infer<z.ZodObject<S>> : never;

export function loadConfig<S extends ConfigShape>(
  spec: ConfigSpec<S>,
  env: NodeJS.ProcessEnv = process.env,
): z.infer<z.ZodObject<S>> {
  const result = spec.schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  throw new ConfigError(problems);
}

/** The configuration as it may be logged: secrets replaced by a marker. */
export function redactConfig<S extends ConfigShape>(
  spec: ConfigSpec<S>,
  config: z.infer<z.ZodObject<S>>,
): Record<string, unknown> {
  const secrets = new Set<string>(spec.secrets);
  return Object.fromEntries(Object.entries(config).map(([key, value]) => [key, secrets.has(key) ? '[secret]' : value]));
}

/** Reusable field types for the variables every service shares. */
export const env = {
  port: (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback),
  url: (fallback: string) => z.string().url().default(fallback),
  brokers: (fallback: string) =>
    z
      .string()
      .regex(/^[^,:\s]+:\d+(,[^,:\s]+:\d+)*$/, 'expected host:port[,host:port...]')
      .default(fallback)
      .transform((value) => value.split(',')),
  logLevel: () => z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Put before every topic, consumer group and queue name, so that test runs and shared clusters stay apart. */
  topicPrefix: () =>
    z
      .string()
      .regex(/^[A-Za-z0-9._-]*$/, 'expected letters, digits, ".", "_" or "-"')
      .default(''),
  /** A mesh token, optional; mark it secret. */
  token: () => optional(z.string().refine(isTokenFormat, 'expected mesh_ followed by 43 base64url characters')),
  optional,
};

/** An optional variable; an empty one counts as unset, as shells and compose files often leave one. */
function optional<T extends z.ZodTypeAny>(schema: T) {
  return z.preprocess((value) => (value === '' ? undefined : value), schema.optional());
}
