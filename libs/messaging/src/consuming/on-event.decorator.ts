import type { EventType, MeshEvent } from '@mesh/contracts';
import type { EventContext } from './event-context';

export type EventHandlerFn<T extends EventType = EventType> = (
  event: MeshEvent<T>,
  context: EventContext,
) => Promise<void>;

export interface OnEventOptions {
  /**
   * Binds the handler to one consumer group only; without it the handler serves every group of
   * the service that subscribes to the event type.
   */
  group?: string;
}

export interface HandlerDeclaration {
  type: EventType;
  method: string | symbol;
  group: string | undefined;
}

/** Declarations per class prototype; kept here rather than in reflect-metadata so the core needs no Nest. */
const declarations = new WeakMap<object, HandlerDeclaration[]>();

/** Marks a method as the handler of one event type: `@OnEvent('product.version.proposed')`. */
export function OnEvent<T extends EventType>(type: T, options: OnEventOptions = {}) {
  return (prototype: object, method: string | symbol, _descriptor: { value?: EventHandlerFn<T> }): void => {
    const own = declarations.get(prototype) ?? [];
    own.push({ type, method, group: options.group });
    declarations.set(prototype, own);
  };
}

/**
 * The handler declarations of an object's class and its base classes. A method redeclared in a
 * subclass overrides the base declaration, as the method itself does.
 */
export function declaredHandlers(instance: object): HandlerDeclaration[] {
  const found: HandlerDeclaration[] = [];
  const seen = new Set<string | symbol>();
  for (
    let proto: object | null = Object.getPrototypeOf(instance);
    proto !== null;
    proto = Object.getPrototypeOf(proto)
  ) {
    const own = declarations.get(proto) ?? [];
    found.push(...own.filter((declaration) => !seen.has(declaration.method)));
    own.forEach((declaration) => seen.add(declaration.method));
  }
  return found;
}
