import { Injectable, type NestMiddleware } from '@nestjs/common';
import { text, type Request, type Response } from 'express';
import { parse, YAMLParseError } from 'yaml';
import { PolicyError } from './policy.errors';

/** Media types a policy (or a descriptor for a dry run) may be sent as; YAML arrives as text. */
export const YAML_MEDIA_TYPES = ['application/yaml', 'text/yaml', 'application/x-yaml'];

/** Reads YAML bodies as text; the platform's parser only reads JSON. 1 MB is far above any policy or descriptor. */
@Injectable()
export class YamlText implements NestMiddleware {
  private readonly parse = text({ type: YAML_MEDIA_TYPES, limit: '1mb' });

  use(request: Request, response: Response, next: (error?: unknown) => void): void {
    this.parse(request, response, next);
  }
}

/** The document of a request sent as JSON (already parsed) or YAML; 400 for malformed YAML, 415 for anything else. */
export function readDocument(contentType: string | undefined, body: unknown): unknown {
  const mediaType = contentType?.split(';')[0].trim().toLowerCase();
  if (mediaType === 'application/json') return body;
  if (mediaType !== undefined && YAML_MEDIA_TYPES.includes(mediaType)) {
    try {
      return parse(typeof body === 'string' ? body : '') as unknown;
    } catch (error) {
      if (!(error instanceof YAMLParseError)) throw error;
      const [line, column] = error.linePos?.[0] ? [error.linePos[0].line, error.linePos[0].col] : [1, 1];
      const message = `malformed YAML at line ${line}, column ${column}: ${error.message.split('\n')[0]}`;
      throw new PolicyError('invalid_policy', message, [{ pointer: '', message }]);
    }
  }
  throw new PolicyError(
    'unsupported_media_type',
    `send JSON (application/json) or YAML (${YAML_MEDIA_TYPES.join(', ')}); got ${contentType ?? 'no Content-Type'}`,
  );
}
