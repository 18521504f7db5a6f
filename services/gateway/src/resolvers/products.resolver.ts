import { Inject } from '@nestjs/common';
import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CONFIG } from '@mesh/platform';
import type { GatewayConfig } from '../config';
import type { GatewayContext } from '../context/gateway-context';
import { productKey } from '../context/loaders';
import { connectionOf, connectionOfList, pagePosition, serviceLimit, type PageArgs } from '../graphql/connection';
import {
  addressOf,
  hasFullVersions,
  latestState,
  outputPorts,
  publicEndpoints,
  versionParents,
  type ProductParent,
  type VersionParent,
} from './product-views';

/** The registry caps its pages at 200 items. */
const REGISTRY_PAGE_MAX = 200;

interface ProductFilterArgs {
  domain?: string | null;
  status?: string | null;
  tag?: string | null;
  q?: string | null;
}

@Resolver('Query')
export class ProductQueries {
  constructor(@Inject(CONFIG) private readonly config: GatewayConfig) {}

  @Query('products')
  async products(
    @Args('filter') filter: ProductFilterArgs | null,
    @Args() page: PageArgs,
    @Context() { services }: GatewayContext,
  ) {
    const position = pagePosition(page, this.config.MAX_PAGE_SIZE);
    const result = await services.registry.products({
      domain: filter?.domain ?? undefined,
      status: (filter?.status ?? undefined) as VersionParent['state'] | undefined,
      tag: filter?.tag ?? undefined,
      q: filter?.q ?? undefined,
      limit: serviceLimit(position, REGISTRY_PAGE_MAX),
      cursor: position.serviceCursor,
    });
    return connectionOf(result.items, position, result.nextCursor, null);
  }

  @Query('product')
  product(@Args('domain') domain: string, @Args('name') name: string, @Context() { loaders }: GatewayContext) {
    return loaders.product.load(productKey(domain, name));
  }

  @Query('resolve')
  async resolve(@Args('address') address: string, @Context() { services, loaders }: GatewayContext) {
    const resolution = await services.registry.resolve(address);
    if (resolution === null) return null;
    const product = await loaders.product.load(productKey(resolution.domain, resolution.product));
    const version = product?.versions.find((candidate) => candidate.version === resolution.version);
    const endpoints = publicEndpoints(this.config);
    const descriptor =
      version === undefined
        ? null
        : await loaders.descriptor.load(`${resolution.domain}/${resolution.product}/${resolution.version}`);
    return {
      ...resolution,
      ports: version === undefined ? [] : outputPorts(descriptor, version, endpoints),
    };
  }
}

@Resolver('Product')
export class ProductFields {
  constructor(@Inject(CONFIG) private readonly config: GatewayConfig) {}

  @ResolveField('status')
  status(@Parent() product: ProductParent) {
    return latestState(product);
  }

  @ResolveField('address')
  address(@Parent() product: ProductParent) {
    return addressOf(product.domain, product.name, product.latestVersion);
  }

  @ResolveField('owner')
  owner(@Parent() product: ProductParent) {
    return typeof product.owner === 'string' ? product.owner : null;
  }

  @ResolveField('versions')
  async versions(@Parent() product: ProductParent, @Args() page: PageArgs, @Context() { loaders }: GatewayContext) {
    const whole = await wholeProduct(product, loaders);
    const newestFirst = versionParents(whole).reverse();
    return connectionOfList(newestFirst, page, this.config.MAX_PAGE_SIZE);
  }

  @ResolveField('version')
  async version(
    @Parent() product: ProductParent,
    @Args('version') version: string | null,
    @Context() { loaders }: GatewayContext,
  ): Promise<VersionParent | null> {
    const whole = await wholeProduct(product, loaders);
    const wanted = version ?? whole.latestVersion;
    return versionParents(whole).find((candidate) => candidate.version === wanted) ?? null;
  }
}

/** The product with its full version views, loaded when the parent only had the list's version states. */
async function wholeProduct(product: ProductParent, loaders: GatewayContext['loaders']) {
  if (hasFullVersions(product)) return product;
  const loaded = await loaders.product.load(productKey(product.domain, product.name));
  if (loaded === null) throw new Error(`the registry no longer knows ${product.domain}/${product.name}`);
  return loaded;
}
