import { Injectable, type NestMiddleware } from '@nestjs/common';
import { text, type Request, type Response } from 'express';
import { YAML_MEDIA_TYPES } from './descriptor-body';

/**
 * Reads YAML descriptors as text for the descriptor parser; the platform's parser only reads JSON. The limit is
 * far above any real descriptor and keeps a runaway upload from filling memory.
 */
@Injectable()
export class DescriptorText implements NestMiddleware {
  private readonly parse = text({ type: YAML_MEDIA_TYPES, limit: '1mb' });

  use(request: Request, response: Response, next: (error?: unknown) => void): void {
    this.parse(request, response, next);
  }
}
