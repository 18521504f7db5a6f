import { Module, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AUDIT_TRAIL_OPTIONS, AuditTrailMiddleware, type AuditTrailOptions } from './audit-trail.middleware';
import { UnauditedMarker } from './unaudited';

/** Every write request of the service lands in the mesh's audit log; `serviceMessagingModule` imports it. */
@Module({})
export class AuditTrailModule implements NestModule {
  static forService(options: AuditTrailOptions): DynamicModule {
    return {
      module: AuditTrailModule,
      providers: [
        { provide: AUDIT_TRAIL_OPTIONS, useValue: options },
        AuditTrailMiddleware,
        { provide: APP_INTERCEPTOR, useClass: UnauditedMarker },
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(AuditTrailMiddleware).forRoutes('{*path}');
  }
}
