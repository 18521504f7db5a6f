import { ArgumentsHost, Catch, ExceptionFilter, Inject } from '@nestjs/common';
import { GlobalErrorFilter, LOGGER } from '@mesh/platform';
import type { Response } from 'express';
import type { Logger } from 'pino';
import { INTERNAL_ERROR_CODE, SchemaRegistryError } from './schema-registry.errors';

export interface ConfluentErrorBody {
  error_code: number;
  message: string;
}

/**
 * Answers errors of the Schema Registry routes in Confluent's shape, which Confluent clients parse; the rest of
 * the service keeps the platform's. Errors other than the registry's own are described as the platform filter
 * describes them, so an unexpected one is logged there with the error id its message carries.
 */
@Catch()
export class ConfluentErrorFilter implements ExceptionFilter {
  private readonly platform: GlobalErrorFilter;

  constructor(@Inject(LOGGER) logger: Logger) {
    this.platform = new GlobalErrorFilter(logger);
  }

  catch(exception: unknown, host: ArgumentsHost): void {
    const { status, body } = this.describe(exception);
    host.switchToHttp().getResponse<Response>().status(status).json(body);
  }

  describe(exception: unknown): { status: number; body: ConfluentErrorBody } {
    if (exception instanceof SchemaRegistryError) {
      return { status: exception.status, body: { error_code: exception.errorCode, message: exception.message } };
    }
    const { status, message } = this.platform.toBody(exception).error;
    return { status, body: { error_code: status >= 500 ? INTERNAL_ERROR_CODE : status, message } };
  }
}
