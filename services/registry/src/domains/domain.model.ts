import type { DomainCreatedPayload, DomainUpdatedPayload } from '@mesh/contracts';
import type { DomainEntity } from './domain.entity';

/** What describes a domain and may change. */
export interface DomainAttributes {
  title: string;
  description: string | null;
  owningTeam: string;
}

export interface DomainView extends DomainAttributes {
  name: string;
  createdAt: Date;
  updatedAt: Date;
}

export const DOMAIN_ATTRIBUTES = [
  'title',
  'description',
  'owningTeam',
] as const satisfies readonly (keyof DomainAttributes)[];

/** The names the domain events give the attributes: the contract says `ownerTeam`. */
const EVENT_FIELD_NAMES: Record<keyof DomainAttributes, string> = {
  title: 'title',
  description: 'description',
  owningTeam: 'ownerTeam',
};

export function domainViewOf({ name, title, description, owningTeam, createdAt, updatedAt }: DomainEntity): DomainView {
  return { name, title, description, owningTeam, createdAt, updatedAt };
}

/** The attributes a patch would change; an attribute set to its current value is no change. */
export function changedAttributes(
  current: DomainAttributes,
  patch: Partial<DomainAttributes>,
): (keyof DomainAttributes)[] {
  return DOMAIN_ATTRIBUTES.filter(
    (attribute) => patch[attribute] !== undefined && patch[attribute] !== current[attribute],
  );
}

export function domainCreatedPayload(domain: DomainView): DomainCreatedPayload {
  return {
    domain: domain.name,
    title: domain.title,
    description: domain.description,
    ownerTeam: domain.owningTeam,
  };
}

export function domainUpdatedPayload(
  domain: DomainView,
  changed: readonly (keyof DomainAttributes)[],
): DomainUpdatedPayload {
  return { ...domainCreatedPayload(domain), changedFields: changed.map((attribute) => EVENT_FIELD_NAMES[attribute]) };
}
