import { defineConfig, env, type ConfigOf } from '@mesh/platform';

/** The registry's environment, validated at boot; DATABASE_URL carries the password, so it never reaches a log. */
export const registryConfig = defineConfig(
  {
    PORT: env.port(3001),
    DATABASE_URL: env.url('postgres://mesh:mesh@127.0.0.1:5432/mesh_registry'),
    LOG_LEVEL: env.logLevel(),
  },
  ['DATABASE_URL'],
);

export type RegistryConfig = ConfigOf<typeof registryConfig>;
