import type { OpenAPIObject } from '@nestjs/swagger';
import { completeOpenApi } from './openapi-completion';

const document = (paths: OpenAPIObject['paths']): OpenAPIObject => ({
  openapi: '3.0.0',
  info: { title: 'test', version: '1' },
  paths,
});

describe('completeOpenApi', () => {
  it('declares every path parameter and documents the 400 of operations that take input', () => {
    const doc = document({
      '/v1/items/{domain}/{name}': {
        get: {
          parameters: [{ name: 'domain', in: 'path', required: true }],
          responses: { '200': { description: 'ok' } },
        },
      },
    });
    completeOpenApi(doc, 'ErrorResponse');
    const operation = doc.paths['/v1/items/{domain}/{name}'].get!;
    expect(operation.parameters).toEqual([
      { name: 'domain', in: 'path', required: true },
      { name: 'name', in: 'path', required: true, schema: { type: 'string' } },
    ]);
    expect(operation.responses['400']).toEqual({
      description: 'Invalid input: the message (and details) name each problem',
      content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorResponse' } } },
    });
  });

  it('leaves operations without input, with a 400 of their own, or with a default answer as they are', () => {
    const own = { description: 'mine' };
    const doc = document({
      '/v1/me': { get: { responses: { '200': { description: 'ok' } } } },
      '/v1/items': { post: { requestBody: { content: {} }, responses: { '400': own } } },
      '/schema-registry/subjects/{subject}': { post: { responses: { default: { description: 'Confluent' } } } },
    });
    completeOpenApi(doc, 'ErrorResponse');
    expect(doc.paths['/v1/me'].get!.responses).toEqual({ '200': { description: 'ok' } });
    expect(doc.paths['/v1/items'].post!.responses['400']).toBe(own);
    expect(Object.keys(doc.paths['/schema-registry/subjects/{subject}'].post!.responses)).toEqual(['default']);
  });
});
