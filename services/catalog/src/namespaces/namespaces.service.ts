import { Inject, Injectable } from '@nestjs/common';
import type { AuthenticatedPrincipal } from '@mesh/platform';
import { requireNamespaceWrite } from '../auth/catalog-rights';
import { CatalogError, noSuchNamespace } from '../http/catalog-error';
import { page, type PageRequest } from '../http/pagination';
import { NamespacesRepository, type Properties } from './namespaces.repository';
import { namespaceLocation, WAREHOUSE, type Warehouse } from '../warehouse/warehouse';
import type { UpdatePropertiesInput } from './namespaces.requests';

export interface NamespaceView {
  namespace: string[];
  properties: Properties;
}

/**
 * Namespaces are domains: creating, changing or dropping one takes the right to write in that domain (its owners
 * and members, a platform admin, or the provisioning service's `catalog-writer`). Anyone authenticated may list and
 * read them.
 */
@Injectable()
export class NamespacesService {
  constructor(
    private readonly repository: NamespacesRepository,
    @Inject(WAREHOUSE) private readonly warehouse: Warehouse,
  ) {}

  async create(principal: AuthenticatedPrincipal, name: string, properties: Properties): Promise<NamespaceView> {
    requireNamespaceWrite(principal, name);
    if (!(await this.repository.create(name, properties)))
      throw new CatalogError('namespace_exists', `Namespace already exists: ${name}`);
    return { namespace: [name], properties };
  }

  async list(request: PageRequest): Promise<{ namespaces: string[][]; 'next-page-token': string | null }> {
    const { items, next } = page(await this.repository.list(request.after, request.limit), request);
    return { namespaces: items.map((name) => [name]), 'next-page-token': next };
  }

  /**
   * A namespace's properties, with its `location` (its area of the warehouse) when none was set. Engines place new
   * tables under it: Trino, given no namespace location, creates a table before checking that its location is empty,
   * and then finds the metadata file the create wrote there.
   */
  async load(name: string): Promise<NamespaceView> {
    const properties = await this.repository.properties(name);
    if (properties === null) throw noSuchNamespace(name);
    return { namespace: [name], properties: { location: namespaceLocation(this.warehouse, name), ...properties } };
  }

  async requireExists(name: string): Promise<void> {
    if ((await this.repository.properties(name)) === null) throw noSuchNamespace(name);
  }

  async updateProperties(
    principal: AuthenticatedPrincipal,
    name: string,
    input: UpdatePropertiesInput,
  ): Promise<{ updated: string[]; removed: string[]; missing: string[] }> {
    requireNamespaceWrite(principal, name);
    const both = input.removals.filter((key) => key in input.updates);
    if (both.length > 0)
      throw new CatalogError('unprocessable', `properties both updated and removed: ${both.join(', ')}`);
    const result = await this.repository.updateProperties(name, (current) => {
      const removed = input.removals.filter((key) => key in current);
      const missing = input.removals.filter((key) => !(key in current));
      const next = Object.fromEntries(Object.entries(current).filter(([key]) => !input.removals.includes(key)));
      return { next: { ...next, ...input.updates }, result: { updated: Object.keys(input.updates), removed, missing } };
    });
    if (result === null) throw noSuchNamespace(name);
    return result;
  }

  async drop(principal: AuthenticatedPrincipal, name: string): Promise<void> {
    requireNamespaceWrite(principal, name);
    const outcome = await this.repository.drop(name);
    if (outcome === 'missing') throw noSuchNamespace(name);
    if (outcome === 'not-empty') throw new CatalogError('namespace_not_empty', `Namespace is not empty: ${name}`);
  }
}
