import { generateToken } from '../auth/token';
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

  describe('shared variables', () => {
    const shared = defineConfig({ TOKEN: env.token(), MESH_TOPIC_PREFIX: env.topicPrefix() }, ['TOKEN']);

    it('treats an empty token as unset and checks the format of a given one', () => {
      const token = generateToken();
      expect(loadConfig(shared, { TOKEN: '' })).toEqual({ TOKEN: undefined, MESH_TOPIC_PREFIX: '' });
      expect(loadConfig(shared, { TOKEN: token }).TOKEN).toBe(token);
      expect(() => loadConfig(shared, { TOKEN: 'hunter2' })).toThrow(/TOKEN: expected mesh_/);
    });

    it('accepts topic prefixes of name characters only', () => {
      expect(loadConfig(shared, { MESH_TOPIC_PREFIX: 'it-run_1.' }).MESH_TOPIC_PREFIX).toBe('it-run_1.');
      expect(() => loadConfig(shared, { MESH_TOPIC_PREFIX: 'a/b' })).toThrow(/MESH_TOPIC_PREFIX: expected letters/);
    });
  });
});
