import type { OpenAPIObject } from '@nestjs/swagger';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head'] as const;

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: object;
}

interface Operation {
  parameters?: Parameter[];
  requestBody?: unknown;
  responses?: Record<string, unknown>;
}

/**
 * Says in the OpenAPI document what holds for every route whatever its controller's decorators say, so that clients
 * and fuzzers generated from it see what the services do:
 * - every `{parameter}` of a path is declared (routes that read `@Param()` whole, or through a custom pipe, are not
 *   seen by Nest's generator), as a required string;
 * - every operation that takes input answers a 400 for invalid input (parseInput, for each parameter and body), in
 *   the service's error shape (`errorSchema`, a component of the document). An operation that documents a `default`
 *   answer speaks another API's error format (the Confluent Schema Registry's) and keeps it.
 */
export function completeOpenApi(document: OpenAPIObject, errorSchema: string): void {
  for (const [path, item] of Object.entries(document.paths)) {
    const templated = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
    for (const method of METHODS) {
      const operation = (item as Partial<Record<(typeof METHODS)[number], Operation>>)[method];
      if (operation === undefined) continue;
      const parameters = (operation.parameters ??= []);
      for (const name of templated) {
        if (!parameters.some((parameter) => parameter.in === 'path' && parameter.name === name)) {
          parameters.push({ name, in: 'path', required: true, schema: { type: 'string' } });
        }
      }
      const responses = (operation.responses ??= {});
      const takesInput = parameters.length > 0 || operation.requestBody !== undefined;
      if (!takesInput || '400' in responses || 'default' in responses) continue;
      responses['400'] = {
        description: 'Invalid input: the message (and details) name each problem',
        content: { 'application/json': { schema: { $ref: `#/components/schemas/${errorSchema}` } } },
      };
    }
  }
}
