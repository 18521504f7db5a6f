import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useSubscription } from 'urql';

/** A subscription reducer that counts events. */
export const countEvents = (received = 0) => received + 1;

/** How many events a subscription has delivered: a signal for useRefetchOn when only "something changed" matters. */
export function useEventCount<Data>(query: TypedDocumentNode<Data, Record<string, never>>, pause = false): number {
  const [{ data }] = useSubscription<Data, number, Record<string, never>>({ query, pause }, countEvents);
  return data ?? 0;
}
