import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { EvaluationsRepository } from '../evaluation/evaluations.repository';
import { ProductCopiesRepository } from '../products/product-copies.repository';
import type { VersionRef } from '../products/product-ref';
import { GateError } from './gate.errors';

/** How many decisions about one version the API shows, newest first. */
const DECISIONS_SHOWN = 20;

const NAME = /^[a-z][a-z0-9-]{0,62}$/;
// Semantic versions as the registry accepts them (libs/descriptor's schema): major.minor.patch, prerelease allowed.
const VERSION = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?$/;

/** The path of `GET /v1/decisions/{domain}/{name}/{version}`: a malformed one is a 400 naming the segment. */
export const decisionsPath = z.object({
  domain: z.string().regex(NAME, 'is not a domain name'),
  name: z.string().regex(NAME, 'is not a product name'),
  version: z.string().regex(VERSION, 'is not a semantic version (major.minor.patch)'),
});

/** The decisions governance made about a version it knows; a version it never saw proposed is a 404. */
@Injectable()
export class Decisions {
  constructor(
    private readonly copies: ProductCopiesRepository,
    private readonly evaluations: EvaluationsRepository,
  ) {}

  async of(ref: VersionRef) {
    const items = await this.evaluations.latest(ref, DECISIONS_SHOWN);
    if (items.length === 0 && (await this.copies.find(ref)) === null) {
      throw new GateError('unknown_version', `governance knows no version ${ref.version} of ${ref.domain}/${ref.name}`);
    }
    return { items };
  }
}
