import type { DataContract, DataProductDescriptor } from '../model/descriptor';
import type { Checked } from '../model/problem';
import { contractProblems } from './contract-checks';
import { descriptorProblems } from './descriptor-checks';
import { schemaProblems } from './schema-validator';

export type DescriptorValidation = Checked<'descriptor', DataProductDescriptor>;
export type ContractValidation = Checked<'contract', DataContract>;

/**
 * Checks a parsed descriptor. Every schema problem is reported at once; the semantic checks
 * (references, uniqueness, keys, versions) run only on a schema-valid descriptor, because
 * they rely on its shape.
 */
export function validateDescriptor(value: unknown): DescriptorValidation {
  const problems = schemaProblems(value, 'Descriptor');
  if (problems.length > 0) return { ok: false, problems };
  const descriptor = value as DataProductDescriptor;
  const semantic = [...descriptorProblems(descriptor), ...contractProblems(descriptor.spec.contract, '/spec/contract')];
  return semantic.length > 0 ? { ok: false, problems: semantic } : { ok: true, descriptor };
}

/** Checks a contract on its own, as it comes out of an ODCS import; pointers are relative to the contract. */
export function validateContract(value: unknown): ContractValidation {
  const problems = schemaProblems(value, 'Contract');
  if (problems.length > 0) return { ok: false, problems };
  const contract = value as DataContract;
  const semantic = contractProblems(contract, '');
  return semantic.length > 0 ? { ok: false, problems: semantic } : { ok: true, contract };
}
