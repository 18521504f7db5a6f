import type { FieldType } from '../model/field-type';

/** `widened`: every old value is still valid, as with Iceberg's type promotions. */
export type TypeChange = 'same' | 'widened' | 'incompatible';

const ORDER: readonly TypeChange[] = ['same', 'widened', 'incompatible'];
const PRIMITIVE_PROMOTIONS: Record<string, string> = { integer: 'long', float: 'double' };

export function compareTypes(previous: FieldType, next: FieldType): TypeChange {
  if (previous.kind === 'primitive' && next.kind === 'primitive') {
    if (previous.name === next.name) return 'same';
    return PRIMITIVE_PROMOTIONS[previous.name] === next.name ? 'widened' : 'incompatible';
  }
  if (previous.kind === 'decimal' && next.kind === 'decimal') {
    // Iceberg widens a decimal's precision but never changes its scale.
    if (previous.scale !== next.scale || next.precision < previous.precision) return 'incompatible';
    return next.precision === previous.precision ? 'same' : 'widened';
  }
  if (previous.kind === 'array' && next.kind === 'array') return compareTypes(previous.element, next.element);
  if (previous.kind === 'struct' && next.kind === 'struct') {
    const nested = previous.fields.map((field) => {
      const counterpart = next.fields.find((candidate) => candidate.name === field.name);
      return counterpart ? compareTypes(field.type, counterpart.type) : 'incompatible';
    });
    const added: TypeChange = next.fields.length > previous.fields.length ? 'widened' : 'same';
    return worst([...nested, added]);
  }
  return 'incompatible';
}

function worst(changes: readonly TypeChange[]): TypeChange {
  return ORDER[Math.max(...changes.map((change) => ORDER.indexOf(change)))];
}
