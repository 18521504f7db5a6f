import { errors } from '@opensearch-project/opensearch';
import { errorFamily } from '@mesh/platform';

export const SearchError = errorFamily('SearchError', { search_unavailable: 503 });

/** Whether OpenSearch could not be reached or did not answer in time (as opposed to refusing a request). */
function isUnavailable(error: unknown): boolean {
  return (
    error instanceof errors.ConnectionError ||
    error instanceof errors.TimeoutError ||
    error instanceof errors.NoLivingConnectionsError ||
    (error instanceof errors.ResponseError && error.statusCode === 503)
  );
}

/** Runs a search; an unreachable OpenSearch is a 503 the client may retry, not a 500. */
export async function whileAvailable<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUnavailable(error)) {
      throw new SearchError('search_unavailable', 'the search index is unavailable right now; try again shortly');
    }
    throw error;
  }
}
