import { buildSchema, parse, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { sharedSubscribe } from './shared-execution';

/** A schema whose one subscription yields what the test pushes, and counts how often `message` is resolved. */
function setup() {
  const schema: GraphQLSchema = buildSchema(`
    type Query { ok: Boolean }
    type Alert { id: ID!, message: String! }
    type Subscription { alerts: Alert! }
  `);
  const listeners: ((payload: object) => void)[] = [];
  let resolved = 0;
  const subscriptionField = schema.getSubscriptionType()!.getFields().alerts;
  subscriptionField.subscribe = () => {
    const queue: object[] = [];
    let wake: (() => void) | null = null;
    listeners.push((payload) => {
      queue.push(payload);
      wake?.();
    });
    const iterator: AsyncIterableIterator<object> = {
      next: async () => {
        while (queue.length === 0) await new Promise<void>((done) => (wake = done));
        return { value: queue.shift()!, done: false };
      },
      return: async () => ({ value: undefined, done: true }),
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  };
  subscriptionField.resolve = (payload: unknown) => payload;
  (schema.getType('Alert') as { getFields(): Record<string, { resolve?: unknown }> }).getFields().message.resolve =
    (alert: { message: string }) => {
      resolved += 1;
      return alert.message;
    };
  return {
    schema,
    publish: (payload: object) => listeners.forEach((listener) => listener(payload)),
    resolved: () => resolved,
  };
}

describe('sharedSubscribe', () => {
  it('answers an event once for every subscriber of the same operation', async () => {
    const { schema, publish, resolved } = setup();
    const subscribe = sharedSubscribe();
    const document = parse('subscription { alerts { id message } }');
    const streams = (await Promise.all(
      Array.from({ length: 50 }, () => subscribe({ schema, document, contextValue: {} })),
    )) as AsyncGenerator<ExecutionResult>[];
    const next = streams.map((stream) => stream.next());
    publish({ id: 'a1', message: 'nulls in status' });
    const answers = await Promise.all(next);
    expect(
      answers.every(
        ({ value }) =>
          JSON.stringify(value) === JSON.stringify({ data: { alerts: { id: 'a1', message: 'nulls in status' } } }),
      ),
    ).toBe(true);
    expect(resolved()).toBe(1);
  });

  it('answers different operations and different events apart', async () => {
    const { schema, publish, resolved } = setup();
    const subscribe = sharedSubscribe();
    const withId = (await subscribe({
      schema,
      document: parse('subscription { alerts { id message } }'),
    })) as AsyncGenerator<ExecutionResult>;
    const onlyMessage = (await subscribe({
      schema,
      document: parse('subscription { alerts { message } }'),
    })) as AsyncGenerator<ExecutionResult>;
    const first = [withId.next(), onlyMessage.next()];
    publish({ id: 'a1', message: 'one' });
    expect((await Promise.all(first)).map(({ value }) => value)).toEqual([
      { data: { alerts: { id: 'a1', message: 'one' } } },
      { data: { alerts: { message: 'one' } } },
    ]);
    const second = withId.next();
    publish({ id: 'a2', message: 'two' });
    expect((await second).value).toEqual({ data: { alerts: { id: 'a2', message: 'two' } } });
    expect(resolved()).toBe(3);
  });

  it('lets a subscriber leave while it waits for an event', async () => {
    const { schema } = setup();
    const stream = (await sharedSubscribe()({
      schema,
      document: parse('subscription { alerts { id } }'),
    })) as AsyncGenerator<ExecutionResult>;
    void stream.next();
    await expect(stream.return(undefined)).resolves.toEqual({ value: undefined, done: true });
  });
});
