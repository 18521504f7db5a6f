import type { DataProductDescriptor, OutputPort } from '@mesh/descriptor';
import { nameClashes, type ClaimingVersion } from './name-claims';

const descriptor = (domain: string, name: string, ports: OutputPort[]) =>
  ({ metadata: { domain, name, version: '1.0.0' }, spec: { outputPorts: ports } }) as unknown as DataProductDescriptor;
const table = (name: string, tableName?: string): OutputPort => ({
  name,
  type: 'iceberg-table',
  description: 'a table',
  ...(tableName === undefined ? {} : { table: tableName }),
});
const topic = (name: string): OutputPort => ({ name, type: 'kafka-topic', description: 'a topic' });
const holding = (name: string, ports: OutputPort[], major = 1): ClaimingVersion => ({
  domain: 'mobility',
  name,
  version: `${major}.0.0`,
  major,
  descriptor: descriptor('mobility', name, ports),
});

describe('physical name claims', () => {
  it('finds a table another product of the domain already holds, naming it', () => {
    const clashes = nameClashes(descriptor('mobility', 'trips-b', [table('trips'), topic('events')]), 1, [
      holding('trips-a', [table('trips'), topic('events')]),
    ]);
    expect(clashes).toEqual([
      {
        port: 'trips',
        address: 'mobility.trips',
        holder: { domain: 'mobility', name: 'trips-a', version: '1.0.0', port: 'trips' },
      },
    ]);
  });

  it('sees a clash through a port’s table name, and none between different majors or topics', () => {
    expect(
      nameClashes(descriptor('mobility', 'b', [table('rides', 'trips')]), 1, [holding('a', [table('trips')])]),
    ).toHaveLength(1);
    expect(nameClashes(descriptor('mobility', 'b', [table('trips')]), 2, [holding('a', [table('trips')])])).toEqual([]);
    expect(nameClashes(descriptor('mobility', 'b', [topic('events')]), 1, [holding('a', [topic('events')])])).toEqual(
      [],
    );
  });
});
