import {
  Inject,
  Injectable,
  Module,
  type BeforeApplicationShutdown,
  type DynamicModule,
  type FactoryProvider,
  type ModuleMetadata,
  type OnApplicationBootstrap,
  type Provider,
} from '@nestjs/common';
import { Messaging, type MessagingOptions } from '../messaging';
import { EventPublisher } from '../publishing/event-publisher';

export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');

export interface MessagingModuleAsyncOptions extends Pick<ModuleMetadata, 'imports'> {
  inject?: FactoryProvider['inject'];
  useFactory(...deps: never[]): MessagingOptions | Promise<MessagingOptions>;
}

/**
 * Starts the publisher and the relay once every module is initialised, and stops them (the
 * consumer group first) before the application shuts down. `beforeApplicationShutdown` rather
 * than `onApplicationShutdown`: in-flight handlers still need the database connection, which
 * TypeOrmModule closes in its own `onApplicationShutdown`. Services call `app.enableShutdownHooks()`.
 */
@Injectable()
class MessagingLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(@Inject(Messaging) private readonly messaging: Messaging) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.messaging.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.messaging.stop();
  }
}

/**
 * Wires messaging into a Nest service: `MessagingModule.forRootAsync({ inject: [DataSource],
 * useFactory: (dataSource) => ({ ... }) })`. Global, so `EventPublisher` injects anywhere. The
 * consumer group's handlers run through `connectMeshEvents(app)`.
 */
@Module({})
export class MessagingModule {
  static forRoot(options: MessagingOptions): DynamicModule {
    return MessagingModule.build([{ provide: MESSAGING_OPTIONS, useValue: options }], []);
  }

  static forRootAsync(options: MessagingModuleAsyncOptions): DynamicModule {
    return MessagingModule.build(
      [{ provide: MESSAGING_OPTIONS, useFactory: options.useFactory, inject: options.inject ?? [] }],
      options.imports ?? [],
    );
  }

  private static build(optionProviders: Provider[], imports: NonNullable<ModuleMetadata['imports']>): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      imports,
      providers: [
        ...optionProviders,
        {
          provide: Messaging,
          useFactory: (options: MessagingOptions) => new Messaging(options),
          inject: [MESSAGING_OPTIONS],
        },
        { provide: EventPublisher, useFactory: (messaging: Messaging) => messaging.publisher, inject: [Messaging] },
        MessagingLifecycle,
      ],
      exports: [Messaging, EventPublisher],
    };
  }
}
