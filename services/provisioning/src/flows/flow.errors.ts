import { errorFamily } from '@mesh/platform';

export const FlowError = errorFamily('FlowError', { flow_not_found: 404, nothing_to_retry: 409 });
