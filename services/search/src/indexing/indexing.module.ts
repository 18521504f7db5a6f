import { Module } from '@nestjs/common';
import { OpenSearchModule } from '../opensearch/opensearch.module';
import { RegistryClient } from '../registry/registry-client';
import { DocumentSource } from './document-source';
import { Indexer } from './indexer';
import { IndexerHandlers } from './indexer.handlers';
import { IndexingService } from './indexing.service';
import { SignalsRepository } from './signals.repository';

/** Keeps one document per product in OpenSearch, from events, the registry and the recorded signals. */
@Module({
  imports: [OpenSearchModule],
  controllers: [IndexerHandlers],
  providers: [RegistryClient, SignalsRepository, DocumentSource, Indexer, IndexingService],
  exports: [RegistryClient, SignalsRepository, DocumentSource, Indexer],
})
export class IndexingModule {}
