import type { MeshEvent } from '@mesh/contracts';
import { MessagingError } from '../errors';
import { bindHandlers, resolveHandlers } from './handler-registry';
import { OnEvent } from './on-event.decorator';

class ProposalHandlers {
  @OnEvent('product.version.proposed')
  async onProposed(_event: MeshEvent<'product.version.proposed'>): Promise<void> {}

  @OnEvent('product.version.approved')
  async onApproved(_event: MeshEvent<'product.version.approved'>): Promise<void> {}
}

class SecondProposalHandler {
  @OnEvent('product.version.proposed')
  async handle(_event: MeshEvent<'product.version.proposed'>): Promise<void> {}
}

class AuditHandler {
  @OnEvent('product.version.proposed', { group: 'audit' })
  async handle(_event: MeshEvent<'product.version.proposed'>): Promise<void> {}
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
  it('gives each subscribed event type of a group its one handler', () => {
    const resolved = resolveHandlers(
      [{ groupId: 'governance', events: ['product.version.proposed', 'product.version.approved'] }],
      bindHandlers([new ProposalHandlers()]),
    );

    const handlers = resolved.get('governance');
    expect([...(handlers?.keys() ?? [])]).toEqual(['product.version.proposed', 'product.version.approved']);
    expect(handlers?.get('product.version.approved')?.name).toBe('ProposalHandlers.onApproved');
  });

  it('fails when a subscribed event type has no handler', () => {
    const error = failure(() =>
      resolveHandlers(
        [{ groupId: 'governance', events: ['product.version.proposed', 'product.version.retired'] }],
        bindHandlers([new ProposalHandlers()]),
      ),
    );

    expect(error.code).toBe('missing-handler');
    expect(error.message).toContain(
      `consumer group 'governance' subscribes to 'product.version.retired' but no @OnEvent('product.version.retired') handler exists`,
    );
  });

  it('fails when a subscribed event type has two handlers, naming both', () => {
    const error = failure(() =>
      resolveHandlers(
        [{ groupId: 'governance', events: ['product.version.proposed', 'product.version.approved'] }],
        bindHandlers([new ProposalHandlers(), new SecondProposalHandler()]),
      ),
    );

    expect(error.code).toBe('duplicate-handler');
    expect(error.message).toContain('ProposalHandlers.onProposed, SecondProposalHandler.handle');
  });

  it('fails when a handler serves no subscription', () => {
    const error = failure(() =>
      resolveHandlers(
        [{ groupId: 'governance', events: ['product.version.approved'] }],
        bindHandlers([new ProposalHandlers()]),
      ),
    );

    expect(error.code).toBe('unsubscribed-handler');
    expect(error.message).toContain(
      `ProposalHandlers.onProposed handles 'product.version.proposed' but no consumer group subscribes to it`,
    );
  });

  it('binds a group-scoped handler to its group only', () => {
    const bindings = bindHandlers([new SecondProposalHandler(), new AuditHandler()]);
    const subscriptions = [
      { groupId: 'search', events: ['product.version.proposed'] as const },
      { groupId: 'audit', events: ['product.version.proposed'] as const },
    ];

    expect(failure(() => resolveHandlers(subscriptions, bindings)).code).toBe('duplicate-handler');
    const resolved = resolveHandlers(subscriptions.slice(0, 1), bindHandlers([new SecondProposalHandler()]));
    expect(resolved.get('search')?.get('product.version.proposed')?.name).toBe('SecondProposalHandler.handle');
  });

  it('lists every problem at once and rejects unknown types, empty and repeated groups', () => {
    const error = failure(() =>
      resolveHandlers(
        [
          { groupId: 'a', events: [] },
          { groupId: 'a', events: ['no.such.event' as 'domain.created'] },
        ],
        [],
      ),
    );

    expect(error.code).toBe('invalid-subscription');
    expect(error.message.split('\n- ').slice(1)).toEqual([
      `consumer group 'a' subscribes to no event type`,
      `consumer group 'a' is configured twice`,
      `consumer group 'a' subscribes to unknown event type 'no.such.event'`,
    ]);
  });

  it('calls the handler on its instance', async () => {
    class Counter {
      count = 0;
      @OnEvent('domain.created')
      async handle(): Promise<void> {
        this.count += 1;
      }
    }
    const counter = new Counter();
    const [binding] = bindHandlers([counter]);

    await binding.handle({} as MeshEvent, {} as Parameters<typeof binding.handle>[1]);

    expect(counter.count).toBe(1);
  });

  it('lets a subclass override an inherited handler without declaring it twice', () => {
    class Base {
      @OnEvent('domain.created')
      async handle(): Promise<void> {}
    }
    class Derived extends Base {
      @OnEvent('domain.created')
      override async handle(): Promise<void> {}
    }

    expect(bindHandlers([new Derived()]).map((binding) => binding.name)).toEqual(['Derived.handle']);
  });
});
