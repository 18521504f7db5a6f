import { Inject, Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { CONFIG } from '@mesh/platform';
import type { NextFunction, Request, Response } from 'express';
import type { CatalogConfig } from '../config';
import { parseJson } from './lossless-json';
import type { IcebergErrorResponse } from './iceberg-error.filter';

/** How much of a refused body is read and discarded so that the client sees the answer; beyond it, the socket closes. */
const DRAIN_FACTOR = 16;

function refuse(response: Response, code: number, type: string, message: string): void {
  const body: IcebergErrorResponse = { error: { message, type, code } };
  response.status(code).json(body);
}

/**
 * Reads JSON request bodies for the catalog: exact 64-bit integers (see parseJson), and a size limit answered with
 * a 413 in the spec's ErrorModel. Named `jsonParser` so that Nest, finding a JSON parser installed, adds none of its
 * own, which would have read (and rounded) the body first.
 */
export function catalogJsonBody(limitBytes: number) {
  return function jsonParser(request: Request, response: Response, next: NextFunction): void {
    if (request.is('application/json') !== 'application/json') return next();
    const declared = Number(request.headers['content-length'] ?? 0);
    const tooLarge = `request body larger than ${limitBytes} bytes`;
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    const refuseTooLarge = () => {
      refused = true;
      refuse(response, 413, 'RequestEntityTooLargeException', tooLarge);
    };
    // A client still sending when the answer comes would see a broken pipe instead of the 413: the rest of a
    // moderately oversized body is read and dropped, and only a flood closes the connection.
    if (declared > limitBytes * DRAIN_FACTOR) {
      refuseTooLarge();
      request.destroy();
      return;
    }
    if (declared > limitBytes) refuseTooLarge();
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (refused) {
        if (size > limitBytes * DRAIN_FACTOR) request.destroy();
        return;
      }
      if (size > limitBytes) return refuseTooLarge();
      chunks.push(chunk);
    });
    request.on('error', (error) => {
      if (!refused) next(error);
    });
    request.on('end', () => {
      if (refused) return;
      const text = Buffer.concat(chunks).toString('utf8');
      if (text.trim() === '') {
        request.body = undefined;
        return next();
      }
      try {
        request.body = parseJson(text);
      } catch (error) {
        refuse(response, 400, 'BadRequestException', `malformed JSON body: ${(error as Error).message}`);
        return;
      }
      next();
    });
  };
}

/**
 * Installs catalogJsonBody on the HTTP server while the application is being built: Nest registers its own body
 * parser when the application initialises, and middleware a module configures runs after it.
 */
@Injectable()
export class CatalogJsonBodyInstaller {
  constructor(adapterHost: HttpAdapterHost, @Inject(CONFIG) config: CatalogConfig) {
    adapterHost.httpAdapter.use(catalogJsonBody(config.CATALOG_MAX_BODY_BYTES));
  }
}
