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
import { DiscoveryModule, DiscoveryService } from '@nestjs/core';
import { declaredHandlers } from '../consuming/on-event.decorator';
import { MessagingError } from '../errors';
import { Messaging, type MessagingOptions } from '../messaging';
import { EventPublisher } from '../publishing/event-publisher';

export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');

export interface MessagingModuleAsyncOptions extends Pick<ModuleMetadata, 'imports'> {
  inject?: FactoryProvider['inject'];
  useFactory(...deps: never[]): MessagingOptions | Promise<MessagingOptions>;
}

/**
 * Starts consumers once every module is initialised (handlers are providers, so all must exist)
 * and drains them before the application shuts down. `beforeApplicationShutdown` rather than
 * `onApplicationShutdown`: in-flight handlers still need the database connection, which
 * TypeOrmModule closes in its own `onApplicationShutdown`. Services call `app.enableShutdownHooks()`.
 */
@Injectable()
class MessagingLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    @Inject(Messaging) private readonly messaging: Messaging,
    @Inject(DiscoveryService) private readonly discovery: DiscoveryService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.messaging.start(this.handlerInstances());
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.messaging.stop();
  }

  private handlerInstances(): object[] {
    const instances = new Set<object>();
    for (const wrapper of this.discovery.getProviders()) {
      const { instance, metatype } = wrapper;
      if (!wrapper.isDependencyTreeStatic()) {
        const prototype: unknown = typeof metatype === 'function' ? metatype.prototype : undefined;
        if (
          typeof prototype === 'object' &&
          prototype !== null &&
          declaredHandlers(Object.create(prototype)).length > 0
        ) {
          throw new MessagingError(
            'invalid-subscription',
            `${wrapper.name} has @OnEvent handlers but is request- or transient-scoped; event handlers must be singletons`,
          );
        }
        continue;
      }
      // One instance can sit behind several tokens (aliases, re-exports); it handles once.
      if (typeof instance === 'object' && instance !== null && declaredHandlers(instance).length > 0)
        instances.add(instance);
    }
    return [...instances];
  }
}

/**
 * Wires messaging into a Nest service: `MessagingModule.forRootAsync({ inject: [DataSource],
 * useFactory: (dataSource) => ({ ... }) })`. Global, so `EventPublisher` injects anywhere.
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
      imports: [DiscoveryModule, ...imports],
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
