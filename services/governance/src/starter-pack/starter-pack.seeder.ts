import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { LOGGER } from '@mesh/platform';
import type { Logger } from 'pino';
import { PoliciesService } from '../policies/policies.service';
import { STARTER_PACK } from './starter-pack';

/** Seeds the starter pack at boot: each policy whose id is missing; idempotent, and safe with several instances. */
@Injectable()
export class StarterPackSeeder implements OnApplicationBootstrap {
  constructor(
    private readonly policies: PoliciesService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const seeded: string[] = [];
    for (const spec of STARTER_PACK) {
      if (await this.policies.seed(spec)) seeded.push(spec.id);
    }
    if (seeded.length > 0) this.logger.info({ policies: seeded }, 'starter pack seeded');
  }
}
