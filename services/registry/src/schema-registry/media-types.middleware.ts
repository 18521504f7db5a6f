import { Injectable, NestMiddleware } from '@nestjs/common';
import { json, type Request, type Response } from 'express';

export const SCHEMA_REGISTRY_MEDIA_TYPE = 'application/vnd.schemaregistry.v1+json';

/**
 * Confluent clients send their vendor media types, which the platform's JSON parser (application/json only)
 * leaves unread; this parses them, and labels every answer with the v1 type as Confluent does.
 */
@Injectable()
export class SchemaRegistryMediaTypes implements NestMiddleware {
  private readonly parseVendorJson = json({
    type: [SCHEMA_REGISTRY_MEDIA_TYPE, 'application/vnd.schemaregistry+json'],
  });

  use(request: Request, response: Response, next: (error?: unknown) => void): void {
    response.setHeader('Content-Type', SCHEMA_REGISTRY_MEDIA_TYPE);
    this.parseVendorJson(request, response, next);
  }
}
