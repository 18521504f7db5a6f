export { requireStack, stack } from './stack';
export { uniqueName } from './unique';
export { startService } from './service-process';
export type { RunningService } from './service-process';
