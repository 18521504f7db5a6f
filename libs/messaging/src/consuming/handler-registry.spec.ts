import { MessagingError } from '../errors';
import { resolveHandlers, type RegisteredPattern } from './handler-registry';

/** Patterns as a transport receives them; each handler is its pattern's name, to see which one resolved. */
function registered(
  entries: Record<string, Partial<RegisteredPattern<string>>>,
): Map<string, RegisteredPattern<string>> {
  return new Map(
    Object.entries(entries).map(([pattern, entry]) => [
      pattern,
      { handler: pattern, count: 1, isEvent: true, ...entry },
    ]),
  );
}

function failure(run: () => unknown): MessagingError {
  try {
    run();
  } catch (error) {
    if (error instanceof MessagingError) return error;
    throw error;
  }
  throw new Error('expected a MessagingError');
}

describe('resolveHandlers', () => {
  it('gives each subscribed event type its one handler', () => {
    const resolved = resolveHandlers(
      { groupId: 'governance', events: ['product.version.proposed', 'product.version.approved'] },
      registered({ 'product.version.proposed': {}, 'product.version.approved': {} }),
    );

    expect([...resolved]).toEqual([
      ['product.version.proposed', 'product.version.proposed'],
      ['product.version.approved', 'product.version.approved'],
    ]);
  });

  it('fails when a subscribed event type has no handler, naming it', () => {
    const error = failure(() =>
      resolveHandlers(
        { groupId: 'governance', events: ['product.version.proposed', 'product.version.retired'] },
        registered({ 'product.version.proposed': {} }),
      ),
    );

    expect(error.code).toBe('missing-handler');
    expect(error.message).toContain(
      `consumer group 'governance' subscribes to 'product.version.retired' but no @EventPattern('product.version.retired') handler exists`,
    );
  });

  it('fails when a subscribed event type has two handlers', () => {
    const error = failure(() =>
      resolveHandlers(
        { groupId: 'governance', events: ['product.version.proposed'] },
        registered({ 'product.version.proposed': { count: 2 } }),
      ),
    );

    expect(error.code).toBe('duplicate-handler');
    expect(error.message).toContain(
      `consumer group 'governance' has 2 @EventPattern('product.version.proposed') handlers`,
    );
  });

  it('fails when a handler serves no subscription', () => {
    const error = failure(() =>
      resolveHandlers(
        { groupId: 'governance', events: ['product.version.approved'] },
        registered({ 'product.version.proposed': {}, 'product.version.approved': {} }),
      ),
    );

    expect(error.code).toBe('unsubscribed-handler');
    expect(error.message).toContain(
      `@EventPattern('product.version.proposed') has a handler but consumer group 'governance' does not subscribe to it`,
    );
  });

  it('refuses request-response handlers: events are never answered', () => {
    const error = failure(() =>
      resolveHandlers(
        { groupId: 'governance', events: ['product.version.proposed'] },
        registered({ 'product.version.proposed': { isEvent: false } }),
      ),
    );

    expect(error.code).toBe('invalid-subscription');
    expect(error.message).toContain(`@MessagePattern('product.version.proposed') is request-response`);
  });

  it('lists every problem at once and rejects unknown types and an empty group', () => {
    const error = failure(() =>
      resolveHandlers(
        { groupId: ' ', events: ['no.such.event' as 'domain.created'] },
        registered({ 'no.such.event': {}, 'another.typo': {} }),
      ),
    );

    expect(error.code).toBe('invalid-subscription');
    expect(error.message.split('\n- ').slice(1)).toEqual([
      'the consumer group id is empty',
      `consumer group ' ' subscribes to unknown event type 'no.such.event'`,
      `@EventPattern('no.such.event') is no event type`,
      `@EventPattern('another.typo') is no event type`,
    ]);
  });
});
