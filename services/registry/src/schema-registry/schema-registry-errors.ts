import type { ArgumentsHost, ExceptionFilter } from '@nestjs/common';
import { GlobalErrorFilter } from '@mesh/platform';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { ConfluentErrorFilter } from './confluent-error.filter';
import { SCHEMA_REGISTRY_MEDIA_TYPE } from './media-types.middleware';

/**
 * The registry's global error filter. Errors raised before routing (a body the JSON parser cannot read) reach
 * neither the Schema Registry controllers' filter nor their media type middleware; under /schema-registry this
 * answers them in Confluent's shape and media type as well, which is what Confluent clients parse. Every other error
 * is the platform's filter's.
 */
export class RegistryErrorFilter implements ExceptionFilter {
  private readonly platform: GlobalErrorFilter;
  private readonly confluent: ConfluentErrorFilter;

  constructor(logger: Logger) {
    this.platform = new GlobalErrorFilter(logger);
    this.confluent = new ConfluentErrorFilter(logger);
  }

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    if (!http.getRequest<Request>().path.startsWith('/schema-registry/')) {
      this.platform.catch(exception, host);
      return;
    }
    http.getResponse<Response>().setHeader('Content-Type', SCHEMA_REGISTRY_MEDIA_TYPE);
    this.confluent.catch(exception, host);
  }
}
