import { Inject, Injectable } from '@nestjs/common';
import { CONFIG, errorFamily } from '@mesh/platform';
import type { ProductAddress } from '@mesh/descriptor';
import type { RegistryConfig } from '../config';
import type { ProductVersionEntity } from '../products/product.entity';
import { highest, isReadable } from '../products/product.model';
import { ProductsRepository } from '../products/products.repository';
import { formatAddress } from './mesh-address';
import { toResolution, type Resolution } from './resolution';

export const AddressError = errorFamily('AddressError', { not_resolvable: 404 });

/** The version an address stands for, or why it stands for none, in words for the one who asked. */
export type AddressLookup = { version: ProductVersionEntity } | { problem: string };

@Injectable()
export class AddressesService {
  constructor(
    private readonly products: ProductsRepository,
    @Inject(CONFIG) private readonly config: RegistryConfig,
  ) {}

  async resolve(address: ProductAddress): Promise<Resolution> {
    const found = await this.lookup(address);
    if ('problem' in found) throw new AddressError('not_resolvable', found.problem);
    return toResolution(address, found.version, this.config.CATALOG_URI);
  }

  /**
   * The highest version of the address's major that consumers can read: published, or deprecated and not yet
   * past its sunset. A deprecated version stops resolving at its sunset even before the retirement check has
   * marked it retired, so no consumer is sent to data that is about to go.
   */
  async lookup(address: ProductAddress): Promise<AddressLookup> {
    const versions = await this.products.versionsOfMajor(address);
    const now = new Date();
    const readable = highest(versions.filter((version) => isReadable(version, now)));
    if (readable !== undefined) return { version: readable };
    const { domain, product, major } = address;
    const listed = versions.map((version) => `${version.version} (${version.state})`).join(', ');
    return {
      problem:
        versions.length === 0
          ? `${formatAddress(address)} does not resolve: ${domain}/${product} has no version ${major}.x`
          : `${formatAddress(address)} does not resolve: no version ${major}.x is published (${listed})`,
    };
  }
}
