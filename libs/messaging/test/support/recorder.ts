import { Controller, type Type } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import type { EventType, MeshEvent } from '@mesh/contracts';
import type { MeshEventContext } from '../../src';

/** Records every event it handles; `behaviour` can make handling fail. */
export class Recorder {
  /** What each handler call got: `@Payload()`, and the event of `@Ctx()`. */
  readonly received: { event: MeshEvent; payload: unknown; context: MeshEventContext }[] = [];
  behaviour: (event: MeshEvent, context: MeshEventContext) => Promise<void> = async () => undefined;

  async record(payload: unknown, context: MeshEventContext): Promise<void> {
    await this.behaviour(context.event, context);
    this.received.push({ event: context.event, payload, context });
  }
}

/**
 * A Recorder controller handling the given types with `@EventPattern` (one pattern each); Nest
 * creates it, and `app.get(recorder)` gives the instance.
 */
export function recorderFor(types: readonly EventType[]): Type<Recorder> {
  @Controller()
  class TypedRecorder extends Recorder {
    @EventPattern([...types])
    onEvent(@Payload() payload: unknown, @Ctx() context: MeshEventContext): Promise<void> {
      return this.record(payload, context);
    }
  }
  return TypedRecorder;
}
