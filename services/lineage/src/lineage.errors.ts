import { errorFamily } from '@mesh/platform';

/** The lineage service's client errors, each with its HTTP status. */
export const LineageError = errorFamily('LineageError', {
  invalid_event: 400,
  invalid_query: 400,
  not_found: 404,
  registry_unavailable: 503,
});
export type LineageError = InstanceType<typeof LineageError>;
