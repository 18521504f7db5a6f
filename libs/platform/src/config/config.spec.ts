import { ConfigError, defineConfig, env, loadConfig, redactConfig } from './config';

describe('config', () => {
  const spec = defineConfig(
    { PORT: env.port(3001), KAFKA_BROKERS: env.brokers('127.0.0.1:9092'), DATABASE_URL: env.url('postgres://a@b/c') },
    ['DATABASE_URL'],
  );

  it('applies defaults and coerces types', () => {
    expect(loadConfig(spec, {})).toEqual({
      PORT: 3001,
      KAFKA_BROKERS: ['127.0.0.1:9092'],
      DATABASE_URL: 'postgres://a@b/c',
    });
  });

  it('names every bad variable', () => {
    const attempt = () => loadConfig(spec, { PORT: 'eighty', KAFKA_BROKERS: 'nohost' });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const problems = (error as ConfigError).problems;
      expect(problems).toHaveLength(2);
      expect(problems[0]).toMatch(/^PORT: /);
      expect(problems[1]).toMatch(/^KAFKA_BROKERS: expected host:port/);
    }
  });

  it('redacts secrets', () => {
    const config = loadConfig(spec, { DATABASE_URL: 'postgres://u:pw@h/d' });
    expect(redactConfig(spec, config)).toMatchObject({ DATABASE_URL: '[secret]', PORT: 3001 });
  });
});
