import type { AvroField, AvroRecordSchema } from '../codegen/avro-schema';
import { buildContracts, ContractError } from '../codegen/build-contracts';
import { readContractFiles, type ContractFiles } from '../codegen/contract-files';
import { renderGeneratedFiles } from '../codegen/render-typescript';

const files = readContractFiles();

/** The problems buildContracts reports for contracts/ after `change`. */
function problemsAfter(change: (files: ContractFiles) => void): string[] {
  const changed = structuredClone(files);
  change(changed);
  try {
    buildContracts(changed);
    return [];
  } catch (error) {
    if (error instanceof ContractError) return error.problems;
    throw error;
  }
}

function payload(contracts: ContractFiles, path: string): AvroRecordSchema & Record<string, unknown> {
  const file = contracts.events.find((event) => event.path === path);
  if (file === undefined) throw new Error(`no ${path}`);
  return file.json as AvroRecordSchema & Record<string, unknown>;
}

function topics(contracts: ContractFiles): Record<string, { events: string[] }> {
  return contracts.topics.json as Record<string, { events: string[] }>;
}

const RETIRED = 'events/product-lifecycle/version-retired.avsc';

describe('contracts/ validation', () => {
  it('accepts the committed contracts', () => {
    const { events, topics: topicList } = buildContracts(files);
    expect(events.map((event) => event.type)).toEqual(topicList.flatMap((topic) => topic.events));
  });

  it('requires "default": null on nullable fields', () => {
    const problems = problemsAfter((contracts) => {
      const reason = payload(contracts, RETIRED).fields.find((field) => field.name === 'reason') as AvroField;
      delete reason.default;
    });
    expect(problems).toEqual([
      'contracts/events/product-lifecycle/version-retired.avsc: ' +
        'mesh.events.product_lifecycle.VersionRetiredPayload.reason: nullable field needs "default": null',
    ]);
  });

  it('requires a default symbol on enums', () => {
    const problems = problemsAfter((contracts) => {
      const severity = contracts.types.find((type) => type.path === 'types/PolicySeverity.avsc');
      delete (severity?.json as { default?: string }).default;
    });
    expect(problems).toContainEqual(expect.stringContaining('PolicySeverity: enum needs a default symbol'));
  });

  it('allows only ["null", T] unions', () => {
    const problems = problemsAfter((contracts) => {
      payload(contracts, RETIRED).fields.push({ name: 'code', type: ['string', 'int'], doc: 'Why, as a code.' });
    });
    expect(problems).toEqual([expect.stringContaining('code: only ["null", T] unions are allowed')]);
  });

  it('requires every event type on exactly one topic, of its own stream', () => {
    expect(
      problemsAfter((contracts) => {
        topics(contracts)['mesh.access.v2'] = { ...topics(contracts)['mesh.access.v1'], events: ['access.revoked'] };
      }),
    ).toEqual(['contracts/topics.json: access.revoked is on mesh.access.v1 and on mesh.access.v2']);
    expect(
      problemsAfter((contracts) => {
        topics(contracts)['mesh.lineage.v1'].events.pop();
      }),
    ).toEqual(['contracts/topics.json: event type lineage.impact.detected is on no topic']);
    expect(
      problemsAfter((contracts) => {
        topics(contracts)['mesh.quality.v1'].events.push('access.requested');
      }),
    ).toContainEqual(expect.stringContaining('access.requested is defined in events/access/ but on mesh.quality.v1'));
  });

  it('keeps event types frozen, dotted lowercase wire names', () => {
    const problems = problemsAfter((contracts) => {
      payload(contracts, RETIRED).eventType = 'ProductVersionRetired';
    });
    expect(problems).toContainEqual(expect.stringContaining('must declare "eventType"'));
  });

  it('keeps payloads in the namespace of their stream', () => {
    const problems = problemsAfter((contracts) => {
      payload(contracts, RETIRED).namespace = 'mesh.events.quality';
    });
    expect(problems).toContainEqual(expect.stringContaining('"namespace": "mesh.events.product_lifecycle"'));
  });

  it('reports shared types that no event uses', () => {
    const problems = problemsAfter((contracts) => {
      contracts.types.push({
        path: 'types/Orphan.avsc',
        json: {
          type: 'enum',
          name: 'Orphan',
          namespace: 'mesh.events.common',
          doc: 'Unused.',
          symbols: ['a'],
          default: 'a',
        },
      });
    });
    expect(problems).toEqual([
      'contracts/types/Orphan.avsc: shared type mesh.events.common.Orphan is not used by any event',
    ]);
  });

  it('declares a shared type once, however each event schema inlines it', () => {
    const changed = structuredClone(files);
    // Here ProductRef is inlined before Grant, so this event's Grant only refers to it by name.
    payload(changed, 'events/access/access-requested.avsc').fields.push({
      name: 'existingGrant',
      type: ['null', 'mesh.events.common.Grant'],
      default: null,
      doc: 'A grant the principal already holds.',
    });
    const types = renderGeneratedFiles(buildContracts(changed)).get('types.ts') ?? '';
    expect(types.match(/^export interface Grant \{/gm)).toHaveLength(1);
  });

  it('refuses two different types that would share a TypeScript name', () => {
    const changed = structuredClone(files);
    const clash = { type: 'record', name: 'RuleResult', doc: 'Not the quality one.', fields: [] };
    payload(changed, RETIRED).fields.push({ name: 'result', type: clash as AvroRecordSchema, doc: 'Clashes.' });
    expect(() => renderGeneratedFiles(buildContracts(changed))).toThrow(
      /mesh\.events\.(quality|product_lifecycle)\.RuleResult and .* would both be the TypeScript type RuleResult/,
    );
  });
});
