import { toOdcs, type DataProductDescriptor } from '@mesh/descriptor';
import { stringify } from 'yaml';
import type { VersionState } from '../lifecycle/version-lifecycle';
import type { DescriptorFormat } from './products.requests';

export interface RenderedDescriptor {
  contentType: string;
  body: string | object;
}

/**
 * ODCS's contract status for each lifecycle state: a contract is `active` while consumers can read the product,
 * `proposed` until then, and a rejected version goes back to `draft`, since its authors must change it.
 */
const ODCS_STATUS: Record<VersionState, string> = {
  draft: 'draft',
  proposed: 'proposed',
  approved: 'proposed',
  provisioning: 'proposed',
  rejected: 'draft',
  published: 'active',
  deprecated: 'deprecated',
  retired: 'retired',
};

/** A stored descriptor as JSON, as YAML, or its contract as an ODCS v3.1 document. */
export function renderDescriptor(
  descriptor: DataProductDescriptor,
  state: VersionState,
  format: DescriptorFormat,
): RenderedDescriptor {
  switch (format) {
    case 'json':
      return { contentType: 'application/json', body: descriptor };
    case 'yaml':
      return { contentType: 'application/yaml', body: stringify(descriptor) };
    case 'odcs':
      return { contentType: 'application/json', body: toOdcs(descriptor, { status: ODCS_STATUS[state] }) };
  }
}
