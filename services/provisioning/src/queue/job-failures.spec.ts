import { SchemaRegistryError } from '@mesh/contracts';
import { UnrecoverableError } from 'bullmq';
import { UpstreamError } from '../http/json-client';
import { SchemaConflictError } from '../tables/contract-schema';
import { TopicConflictError } from '../topics/topic-provisioner';
import { isPermanent } from './job-failures';

describe('isPermanent', () => {
  it.each([
    ['a conflict with the contract', new SchemaConflictError('x'), true],
    ['a topic in another shape', new TopicConflictError('x'), true],
    ['an unrecoverable error', new UnrecoverableError('x'), true],
    ['a refused request', new UpstreamError('catalog', 'x', 400), true],
    ['a forbidden request', new UpstreamError('catalog', 'x', 403), true],
    ['an incompatible schema', new SchemaRegistryError('x', 409, 409), true],
    ['an unreachable service', new UpstreamError('catalog', 'x', null), false],
    ['a failing service', new UpstreamError('catalog', 'x', 503), false],
    ['a conflict the service reports', new UpstreamError('catalog', 'x', 409), true],
    ['throttling', new UpstreamError('catalog', 'x', 429), false],
    ['an unreachable registry', new SchemaRegistryError('x', null, null), false],
    ['any other error', new Error('broker not available'), false],
  ])('%s: %s', (_case, error, permanent) => {
    expect(isPermanent(error)).toBe(permanent);
  });
});
