import { errorFamily } from '@mesh/platform';

export const AlertError = errorFamily('AlertError', { alert_not_found: 404, alert_resolved: 409 });
