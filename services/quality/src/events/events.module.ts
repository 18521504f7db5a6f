import { Global, Module } from '@nestjs/common';
import { QualityEvents } from './quality-events';

@Global()
@Module({ providers: [QualityEvents], exports: [QualityEvents] })
export class EventsModule {}
