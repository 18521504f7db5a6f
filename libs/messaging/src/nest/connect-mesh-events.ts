import type { INestApplication, INestMicroservice } from '@nestjs/common';
import { NestMicroservice, type CustomStrategy } from '@nestjs/microservices';
import { Messaging } from '../messaging';
import { HandlerErrorsFilter } from './handler-errors.filter';
import { MeshEventsServer } from './mesh-events.server';

/**
 * Makes a Nest application hybrid: its consumer group (the MessagingModule's `consumer`) runs as
 * a MeshEventsServer microservice over the `@EventPattern` handlers of its controllers. Call it
 * before `app.init()`, then `app.startAllMicroservices()` after it, so that every module is
 * initialised before the first event is handled.
 */
export function connectMeshEvents(app: INestApplication): INestMicroservice {
  const strategy = new MeshEventsServer(app.get(Messaging));
  // Nest builds each handler's exception filters when it registers the listeners, which
  // connectMicroservice does at once unless deferred: deferred here so that the filter is global
  // by then, and the rest done as connectMicroservice would (the app calls the lifecycle hooks).
  const microservice = app.connectMicroservice<CustomStrategy>({ strategy }, { deferInitialization: true });
  if (!(microservice instanceof NestMicroservice)) throw new Error('connectMicroservice gave no NestMicroservice');
  microservice.useGlobalFilters(new HandlerErrorsFilter());
  microservice.registerListeners();
  microservice.setIsInitialized(true);
  microservice.setIsInitHookCalled(true);
  return microservice;
}
