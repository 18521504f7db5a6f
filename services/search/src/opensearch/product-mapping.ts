// The products index, designed for the analyzers every OpenSearch distribution has (the integ-test one lacks
// analysis-common): `standard` for prose, `simple` to split snake_case and dotted names into words, keyword
// sub-fields for filters, facets and sorting, and the core completion suggester for autocomplete.

const keyword = { type: 'keyword' } as const;
/** Full text, plus its words split at every non-letter, plus the exact value. */
const nameLike = {
  type: 'text',
  analyzer: 'standard',
  fields: { words: { type: 'text', analyzer: 'simple' }, keyword: { type: 'keyword', ignore_above: 256 } },
} as const;

export const PRODUCT_INDEX_SETTINGS = {
  number_of_shards: 1,
  number_of_replicas: 0,
  // The indexer refreshes with each bulk request; this only bounds what other writers (seeding, tools) wait.
  refresh_interval: '1s',
  max_result_window: 10_000,
} as const;

export const PRODUCT_MAPPINGS = {
  dynamic: 'strict',
  properties: {
    key: keyword,
    domain: keyword,
    name: nameLike,
    title: nameLike,
    description: { type: 'text', analyzer: 'standard' },
    owner: keyword,
    tags: { type: 'text', analyzer: 'standard', fields: { keyword } },
    classification: keyword,
    visibility: keyword,
    status: keyword,
    latestVersion: keyword,
    readableVersion: keyword,
    address: keyword,
    versions: { type: 'object', properties: { version: keyword, state: keyword } },
    schema: {
      type: 'nested',
      properties: {
        table: keyword,
        name: nameLike,
        type: keyword,
        description: { type: 'text', analyzer: 'standard' },
        classification: keyword,
        pii: { type: 'boolean' },
      },
    },
    fieldNames: { type: 'text', analyzer: 'standard', fields: { words: { type: 'text', analyzer: 'simple' } } },
    ports: { type: 'object', properties: { name: keyword, type: keyword, address: keyword } },
    portTypes: keyword,
    qualityScore: { type: 'float' },
    qualityTier: keyword,
    slaStatus: keyword,
    slaBreaches: keyword,
    openAlerts: { type: 'integer' },
    consumerCount: { type: 'integer' },
    grantees: keyword,
    upstream: keyword,
    downstream: keyword,
    updatedAt: { type: 'date' },
    revision: { type: 'long' },
    sourceFingerprint: { type: 'keyword', index: false },
    suggest: { type: 'completion', analyzer: 'simple', preserve_separators: true, max_input_length: 100 },
  },
} as const;
