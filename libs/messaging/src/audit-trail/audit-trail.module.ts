import { Module, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AUDITED_SERVICE, AuditTrailMiddleware } from './audit-trail.middleware';
import { UnauditedMarker } from './unaudited';

/** Every write request of the service lands in the mesh's audit log; `serviceMessagingModule` imports it. */
@Module({})
export class AuditTrailModule implements NestModule {
  static forService(service: string): DynamicModule {
    return {
      module: AuditTrailModule,
      providers: [
        { provide: AUDITED_SERVICE, useValue: service },
        AuditTrailMiddleware,
        { provide: APP_INTERCEPTOR, useClass: UnauditedMarker },
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(AuditTrailMiddleware).forRoutes('{*path}');
  }
}
