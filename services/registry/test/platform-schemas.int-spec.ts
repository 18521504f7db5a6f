import { EVENT_TYPES, EventCodec, HttpSchemaRegistry, newEvent, schemaOf, subjectNameOf } from '@mesh/contracts';
import { call, startRegistry, type RegistryUnderTest } from './support/registry-under-test';

interface Version {
  version: number;
  id: number;
  schema: string;
}

describe('platform event schemas', () => {
  let registry: RegistryUnderTest;

  beforeAll(async () => {
    registry = await startRegistry('platform');
  });

  afterAll(async () => {
    await registry?.remove();
  });

  const latestOfEveryEvent = () =>
    Promise.all(
      EVENT_TYPES.map(async (type) => {
        const answer = await call<Version>(
          'GET',
          `${registry.schemaRegistryUrl}/subjects/${subjectNameOf(type)}/versions/latest`,
        );
        expect(answer.status).toBe(200);
        return { type, ...answer.body };
      }),
    );

  it('are registered at start, each under its subject', async () => {
    for (const { type, version, schema } of await latestOfEveryEvent()) {
      expect({ type, version }).toEqual({ type, version: 1 });
      expect(JSON.parse(schema)).toEqual(JSON.parse(schemaOf(type)));
    }
  });

  it('are left as they are by a restart', async () => {
    const before = await latestOfEveryEvent();
    await registry.restart();
    expect(await latestOfEveryEvent()).toEqual(before);
  });

  it('let EventCodec encode an event through HttpSchemaRegistry, and another client decode it', async () => {
    const event = newEvent('domain.created', {
      subject: 'urn:mesh:domain:sales',
      producer: 'it-registry',
      payload: { domain: 'sales', title: 'Sales', description: null, ownerTeam: 'team:sales' },
    });
    const bytes = await new EventCodec(new HttpSchemaRegistry(registry.schemaRegistryUrl)).encode(event);

    // The platform's schema is already registered: the codec gets its id, and writes it after the magic byte.
    const registered = await call<Version>(
      'GET',
      `${registry.schemaRegistryUrl}/subjects/${subjectNameOf('domain.created')}/versions/latest`,
    );
    expect(bytes.readInt32BE(1)).toBe(registered.body.id);

    // A fresh client knows no schema yet, so it fetches the writer's by id.
    const decoded = await new EventCodec(new HttpSchemaRegistry(registry.schemaRegistryUrl)).decode(bytes);
    expect(decoded).toEqual(event);
  });
});
