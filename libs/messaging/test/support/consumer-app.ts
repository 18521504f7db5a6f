import type { INestApplication, Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { connectMeshEvents, Messaging, MessagingModule, type MessagingOptions } from '../../src';

/** A Nest application as a service runs one: messaging, and its controllers' handlers on the consumer group. */
export interface ConsumerApp {
  app: INestApplication;
  messaging: Messaging;
  close(): Promise<void>;
}

/** Starts the hybrid application; a start-up that fails closes what it opened and rejects with the failure. */
export async function startConsumerApp(options: MessagingOptions, controllers: Type<unknown>[]): Promise<ConsumerApp> {
  const moduleRef = await Test.createTestingModule({
    imports: [MessagingModule.forRoot(options)],
    controllers,
  }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  connectMeshEvents(app);
  try {
    await app.init();
    await app.startAllMicroservices();
  } catch (error) {
    await app.close();
    throw error;
  }
  return { app, messaging: app.get(Messaging), close: () => app.close() };
}
