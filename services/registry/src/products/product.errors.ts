import { errorFamily } from '@mesh/platform';

export const ProductError = errorFamily('ProductError', {
  invalid_descriptor: 400,
  product_not_found: 404,
  version_not_found: 404,
  version_immutable: 409,
  version_bump_required: 409,
  physical_name_taken: 409,
  unsupported_media_type: 415,
});

export function productNotFound(domain: string, name: string): never {
  throw new ProductError('product_not_found', `no product ${domain}/${name}`);
}
