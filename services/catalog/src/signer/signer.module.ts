import { Module } from '@nestjs/common';
import { TOKEN_CACHE_TTL_MS } from '@mesh/platform';
import { TablesModule } from '../tables/tables.module';
import { AccessChanges } from './access-changes';
import { ReadCoverageCache } from './read-coverage-cache';
import { SignerController } from './signer.controller';
import { SignerService } from './signer.service';

@Module({
  imports: [TablesModule],
  controllers: [SignerController],
  providers: [
    SignerService,
    AccessChanges,
    // A revoked grant is refused within the window a revoked token is (or at once: see AccessChanges).
    { provide: ReadCoverageCache, useFactory: () => new ReadCoverageCache({ ttlMs: TOKEN_CACHE_TTL_MS }) },
  ],
  // The grants API forgets cached rights as soon as it changes a grant.
  exports: [ReadCoverageCache],
})
export class SignerModule {}
