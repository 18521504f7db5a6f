import type { Response } from 'express';
import { toJson } from './lossless-json';

/**
 * Sends a body that may hold 64-bit snapshot ids (bigints), which Nest's serializer (JSON.stringify) cannot write.
 * `raw` is already JSON text.
 */
export function sendJson(
  response: Response,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
  raw = false,
): void {
  response.status(status);
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
  response.type('application/json').send(raw ? (body as string) : toJson(body));
}
