import type { EventType, MeshEvent } from '@mesh/contracts';
import { OnEvent, type EventContext } from '../../src';

/** Records every event it handles; `behaviour` can make handling fail. */
export class Recorder {
  readonly received: { event: MeshEvent; context: EventContext }[] = [];
  behaviour: (event: MeshEvent, context: EventContext) => Promise<void> = async () => undefined;

  async record(event: MeshEvent, context: EventContext): Promise<void> {
    await this.behaviour(event, context);
    this.received.push({ event, context });
  }
}

/** A Recorder with one `@OnEvent` handler per given type, as a service would declare them by hand. */
export function recorderFor(types: readonly EventType[]): Recorder {
  class TypedRecorder extends Recorder {}
  for (const type of types) {
    const method = `on ${type}`;
    Object.defineProperty(TypedRecorder.prototype, method, { value: Recorder.prototype.record });
    OnEvent(type)(TypedRecorder.prototype, method, {});
  }
  return new TypedRecorder();
}
