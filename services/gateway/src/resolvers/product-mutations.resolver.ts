import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import {
  compareContracts,
  requiredBump,
  validateDescriptor,
  type ContractChange,
  type DataProductDescriptor,
} from '@mesh/descriptor';
import type { GatewayContext } from '../context/gateway-context';
import { productKey, versionKey } from '../context/loaders';
import { readDescriptorText, type DescriptorText } from './product-views';

interface DeprecateArgs {
  sunsetAt: string;
  replacement?: string | null;
  reason?: string | null;
}

@Resolver('Mutation')
export class ProductMutations {
  @Mutation('applyProduct')
  async applyProduct(@Args('descriptor') text: string, @Context() { services, loaders }: GatewayContext) {
    const descriptor = readDescriptorText(text);
    const result = await services.registry.apply(
      descriptor.domain,
      descriptor.name,
      descriptor.text,
      descriptor.contentType,
    );
    return {
      ...result,
      ...result.version,
      product: () => loaders.product.load(productKey(descriptor.domain, descriptor.name)),
    };
  }

  /**
   * The governance dry run, plus what the semver rules require: the contract is compared with the latest published
   * version here, with the same library the registry applies, so a CI learns the bump before it applies.
   */
  @Mutation('evaluateProduct')
  async evaluateProduct(@Args('descriptor') text: string, @Context() { services, loaders }: GatewayContext) {
    const descriptor = readDescriptorText(text);
    const evaluation = await services.governance.evaluate(descriptor.text, descriptor.contentType);
    // The version governance compared with (the latest published one), so both answers speak of the same baseline.
    const previous =
      evaluation.previousVersion === null
        ? null
        : await loaders.descriptor.load(versionKey(descriptor.domain, descriptor.name, evaluation.previousVersion));
    const { changes, bump } = contractDelta(previous, descriptor);
    return { ...evaluation, requiredBump: bump, changes };
  }

  @Mutation('deprecateVersion')
  async deprecateVersion(
    @Args('domain') domain: string,
    @Args('name') name: string,
    @Args('version') version: string,
    @Args('input') input: DeprecateArgs,
    @Context() { services }: GatewayContext,
  ) {
    const deprecated = await services.registry.deprecate(domain, name, version, {
      sunsetAt: input.sunsetAt,
      replacement: input.replacement ?? undefined,
      reason: input.reason ?? undefined,
    });
    return { ...deprecated, domain, name };
  }
}

function contractDelta(
  previous: DataProductDescriptor | null,
  next: DescriptorText,
): { changes: ContractChange[]; bump: string } {
  const validated = validateDescriptor(next.document);
  if (previous === null || !validated.ok) return { changes: [], bump: 'none' };
  return {
    changes: compareContracts(previous, validated.descriptor),
    bump: requiredBump(previous, validated.descriptor),
  };
}
