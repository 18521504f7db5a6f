import { Inject, Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { CONFIG } from '@mesh/platform';
import type { NextFunction, Request, Response } from 'express';
import { existsSync, statSync } from 'node:fs';
import { join, normalize, resolve, sep } from 'node:path';
import type { GatewayConfig } from '../config';

/** The gateway's own routes, which the web app never shadows. */
const API_PATHS = /^\/(graphql|health|ready|metrics|docs|openapi\.json)(\/|$)/;

/**
 * Serves the built web app (WEB_ROOT, e.g. web/dist) at `/`: its files as they are, and index.html for every other
 * page address, so that shared URLs (`/products/sales/orders?tab=lineage`) open the app on that page. Without a
 * WEB_ROOT, or before the app is built, nothing is served and `/` is a 404.
 */
@Module({})
export class WebAppModule implements NestModule {
  constructor(@Inject(CONFIG) private readonly config: GatewayConfig) {}

  configure(consumer: MiddlewareConsumer): void {
    const configured = this.config.WEB_ROOT;
    if (configured === undefined || !existsSync(join(configured, 'index.html'))) return;
    const root = resolve(configured);
    const serve = (request: Request, response: Response, next: NextFunction) => {
      // The full path: under Nest's route mounting, request.path is relative to the mount.
      const path = decodeURIComponent(new URL(request.originalUrl, 'http://gateway').pathname);
      if (request.method !== 'GET' || API_PATHS.test(path)) return next();
      const file = normalize(join(root, path));
      if (file.startsWith(root + sep) && isFile(file)) {
        // Vite names built assets by content hash: they never change under their name.
        const immutable = path.startsWith('/assets/');
        return response.sendFile(file, { maxAge: immutable ? '365d' : 0, immutable });
      }
      // A missing asset stays a 404; any other address is a page the app routes in the browser.
      if (/\.[a-z0-9]+$/i.test(path)) return next();
      response.setHeader('Cache-Control', 'no-cache');
      return response.sendFile(join(root, 'index.html'));
    };
    consumer.apply(serve).forRoutes('*');
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
