import { Module } from '@nestjs/common';
import { ChecksModule } from '../checks/checks.module';
import { ExternalResultsService } from './external-results.service';

/** Results pipelines reported themselves. */
@Module({
  imports: [ChecksModule],
  providers: [ExternalResultsService],
  exports: [ExternalResultsService],
})
export class ExternalModule {}
