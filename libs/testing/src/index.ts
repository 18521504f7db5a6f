export { requireStack, stack } from './stack';
export { uniqueName } from './unique';
export { startService } from './service-process';
export type { RunningService } from './service-process';
export { ADMIN_TOKEN, freePort, startRegistry } from './registry-under-test';
export type { RegistryUnderTest } from './registry-under-test';
export { pythonTool } from './python-tools';
export { createTestDatabase, eventually } from './test-database';
export type { TestDatabase } from './test-database';
