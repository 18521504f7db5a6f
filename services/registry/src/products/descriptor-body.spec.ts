import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { readDescriptor, type DescriptorRequest } from './descriptor-body';

const ordersYaml = readFileSync(resolve(__dirname, '../../../../examples/products/sales-orders.yaml'), 'utf8');

const request = (overrides: Partial<DescriptorRequest>): DescriptorRequest => ({
  contentType: 'application/yaml',
  body: ordersYaml,
  domain: 'sales',
  name: 'orders',
  ...overrides,
});

function failure(action: () => unknown): { status?: number; code?: string; details?: unknown } {
  try {
    action();
  } catch (error) {
    return error as { status?: number; code?: string; details?: unknown };
  }
  throw new Error('expected a failure');
}

describe('readDescriptor', () => {
  it('reads YAML under every YAML media type, and JSON already parsed', () => {
    for (const contentType of ['application/yaml', 'text/yaml; charset=utf-8', 'application/x-yaml']) {
      expect(readDescriptor(request({ contentType })).metadata.version).toBe('1.4.0');
    }
    const json = readDescriptor(request({ contentType: 'application/json', body: parse(ordersYaml) }));
    expect(json).toEqual(readDescriptor(request({})));
  });

  it('lists every problem of an invalid descriptor with its pointer', () => {
    const body = ordersYaml.replace('  owner: order-management\n', '  owner: 12\n  colour: blue\n');
    expect(failure(() => readDescriptor(request({ body })))).toMatchObject({
      status: 400,
      code: 'invalid_descriptor',
      details: expect.arrayContaining([
        { pointer: '/metadata/owner', message: expect.stringContaining('string') },
        { pointer: '/metadata/colour', message: expect.stringContaining('unknown field') },
      ]),
    });
  });

  it('reports malformed YAML at the document root', () => {
    expect(failure(() => readDescriptor(request({ body: 'metadata: [' })))).toMatchObject({
      status: 400,
      details: [{ pointer: '', message: expect.stringContaining('invalid YAML') }],
    });
    expect(failure(() => readDescriptor(request({ body: undefined })))).toMatchObject({ status: 400 });
  });

  it('refuses a descriptor of another product than the URL names', () => {
    expect(failure(() => readDescriptor(request({ domain: 'finance', name: 'invoices' })))).toMatchObject({
      status: 400,
      details: [
        { pointer: '/metadata/domain', message: "must be 'finance', the domain in the URL" },
        { pointer: '/metadata/name', message: "must be 'invoices', the product in the URL" },
      ],
    });
  });

  it('answers other media types with a 415', () => {
    for (const contentType of ['text/plain', undefined]) {
      expect(failure(() => readDescriptor(request({ contentType })))).toMatchObject({
        status: 415,
        code: 'unsupported_media_type',
      });
    }
  });
});
