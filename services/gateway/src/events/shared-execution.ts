import {
  createSourceEventStream,
  execute,
  print,
  type ExecutionArgs,
  type ExecutionResult,
  type subscribe as graphqlSubscribe,
} from 'graphql';

type Result = ExecutionResult | Promise<ExecutionResult>;

/**
 * graphql-js's `subscribe`, except that an event's answer is computed once per distinct operation rather than once
 * per subscriber. The hub hands every subscriber of an event the same payload object, and the event types are plain
 * data whose fields never depend on who asks (who may see an event is decided before it is handed over), so 1,000
 * dashboards with the same subscription cost one execution per event, not 1,000.
 */
export function sharedSubscribe(): typeof graphqlSubscribe {
  const answers = new WeakMap<object, Map<string, Result>>();
  return async (args: ExecutionArgs) => {
    const stream = await createSourceEventStream(args);
    if (!isAsyncIterator(stream)) return stream as ExecutionResult;
    const operation = `${args.operationName ?? ''}\n${print(args.document)}\n${JSON.stringify(args.variableValues ?? {})}`;
    const answer = (payload: unknown): Result => {
      if (typeof payload !== 'object' || payload === null) return execute({ ...args, rootValue: payload });
      const byOperation = answers.get(payload) ?? new Map<string, Result>();
      answers.set(payload, byOperation);
      const known = byOperation.get(operation);
      if (known !== undefined) return known;
      const computed = execute({ ...args, rootValue: payload });
      byOperation.set(operation, computed);
      return computed;
    };
    return mapped(stream, answer);
  };
}

/**
 * An iterator of answers over the source stream. Not an async generator: one waiting for the next event could not be
 * returned until that event came, and graphql-ws returns iterators when a socket closes.
 */
function mapped(
  source: AsyncIterator<unknown>,
  answer: (payload: unknown) => Result,
): AsyncGenerator<ExecutionResult, void, void> {
  const iterator: AsyncGenerator<ExecutionResult, void, void> = {
    next: async () => {
      const result = await source.next();
      return result.done === true
        ? { value: undefined, done: true }
        : { value: await answer(result.value), done: false };
    },
    return: async () => {
      await source.return?.();
      return { value: undefined, done: true };
    },
    throw: async (error: unknown) => {
      await source.return?.();
      throw error;
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

function isAsyncIterator(value: unknown): value is AsyncIterator<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as AsyncIterator<unknown>).next === 'function';
}
