import { Fragment } from 'react';

/**
 * A search fragment with `<em>` around the matched words, shown with <mark>. The fragment is split, never injected
 * as HTML: descriptions are written by domain teams.
 */
export function Highlighted({ fragment }: { fragment: string }) {
  const parts = fragment.split(/<em>(.*?)<\/em>/g);
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? <mark key={index}>{part}</mark> : <Fragment key={index}>{part}</Fragment>,
      )}
    </>
  );
}
