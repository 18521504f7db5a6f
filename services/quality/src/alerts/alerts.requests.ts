import { cursorParameter, limitParameter } from '@mesh/platform';
import { z } from 'zod';
import { domainName, listParameter, oneOf, productName } from '../requests/parameters';
import { ALERT_KINDS, ALERT_SEVERITIES, ALERT_STATES, type AlertState } from './alert.model';

/**
 * Where a page of the alert list ends: the sort key of its last alert. `raisedAt` keeps Postgres's microseconds
 * (a JavaScript Date would round them away, and the next page would skip or repeat alerts raised in the same
 * millisecond); the id breaks ties, so that the order is total.
 */
export interface AlertCursor {
  raisedAt: string;
  id: string;
}

const MICROSECOND_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** A real instant (Postgres refuses February 30th, where Date rolls over to March). */
function isInstant(value: string): boolean {
  const date = new Date(value);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 23) === value.slice(0, 23);
}

const cursorKey = z.tuple([z.string().regex(MICROSECOND_INSTANT).refine(isInstant), z.string().uuid()]);

/** The cursor of a page that ends with this alert. */
export function alertCursorKey(cursor: AlertCursor): [string, string] {
  return [cursor.raisedAt, cursor.id];
}

/** What an ops dashboard watches unless it asks otherwise: the alerts someone still has to deal with. */
const UNRESOLVED: AlertState[] = ['open', 'acknowledged'];

/** `GET /v1/alerts`: filters combine; the values of one filter are alternatives. */
export const alertsQuery = z
  .object({
    state: listParameter(oneOf(ALERT_STATES)).default(UNRESOLVED),
    domain: domainName.optional(),
    name: productName.optional(),
    severity: listParameter(oneOf(ALERT_SEVERITIES)).optional(),
    kind: listParameter(oneOf(ALERT_KINDS)).optional(),
    limit: limitParameter(),
    cursor: cursorParameter(cursorKey.transform(([raisedAt, id]): AlertCursor => ({ raisedAt, id }))),
  })
  .strict()
  .superRefine((query, context) => {
    // Product names are unique within their domain only.
    if (query.name !== undefined && query.domain === undefined) {
      context.addIssue({ code: 'custom', path: ['name'], message: 'needs a domain' });
    }
  });

export type AlertsQuery = z.infer<typeof alertsQuery>;

/** The filters of a query, without its page. */
export type AlertFilter = Omit<AlertsQuery, 'limit' | 'cursor'>;
