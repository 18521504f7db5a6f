import { Module } from '@nestjs/common';
import { IndexingModule } from '../indexing/indexing.module';
import { OpenSearchModule } from '../opensearch/opensearch.module';
import { AdminController } from './admin.controller';
import { DriftCheck } from './drift-check';
import { Rebuild } from './rebuild';

/** Keeping the index true to the registry: the drift check, periodic and on demand, and the rebuild. */
@Module({
  imports: [IndexingModule, OpenSearchModule],
  controllers: [AdminController],
  providers: [DriftCheck, Rebuild],
})
export class AdminModule {}
