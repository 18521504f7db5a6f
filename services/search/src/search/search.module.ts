import { Module } from '@nestjs/common';
import { OpenSearchModule } from '../opensearch/opensearch.module';
import { SearchController } from './search.controller';
import { SearchService } from './search.service';

/** The search and autocomplete API. */
@Module({ imports: [OpenSearchModule], controllers: [SearchController], providers: [SearchService] })
export class SearchModule {}
