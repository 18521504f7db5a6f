import { durationParts, shorthandDuration, UNIT_MS, type ShorthandUnit } from '../model/duration';
import type { ServiceLevels } from '../model/descriptor';
import { childPointer } from '../model/pointer';
import type { ProblemDetail } from '../model/problem';
import { FRESHNESS_PORT_PROPERTY, type OdcsCustomProperty, type OdcsSlaProperty } from './odcs-types';
import { isObject, objectsOf, stringOf, type JsonObject } from '../support/read-json';

// Freshness is ODCS's `latency` (how long after it happens data is available) and
// availability its `availability` in percent. ODCS has no notion of ports, so the port a
// freshness objective is measured on travels as the custom property `freshnessPort`.

/** ISO 80000 unit symbols for ODCS, by descriptor shorthand unit. */
const ODCS_UNIT: Record<ShorthandUnit, string> = { s: 's', m: 'min', h: 'h', d: 'd' };
/** Unit spellings ODCS documents use, to descriptor shorthand units (w: weeks, converted to days). */
const SHORTHAND_UNIT: Record<string, ShorthandUnit | 'w'> = {
  s: 's',
  sec: 's',
  second: 's',
  seconds: 's',
  m: 'm',
  min: 'm',
  minute: 'm',
  minutes: 'm',
  h: 'h',
  hr: 'h',
  hour: 'h',
  hours: 'h',
  d: 'd',
  day: 'd',
  days: 'd',
  w: 'w',
  week: 'w',
  weeks: 'w',
};

export interface OdcsSla {
  slaProperties: OdcsSlaProperty[];
  customProperties: OdcsCustomProperty[];
}

export function odcsSla(sla: ServiceLevels = {}): OdcsSla {
  const result: OdcsSla = { slaProperties: [], customProperties: [] };
  if (sla.freshness) {
    const parts = durationParts(sla.freshness.maxDelay);
    if (parts) {
      result.slaProperties.push({
        id: 'freshness',
        property: 'latency',
        value: parts.value,
        unit: ODCS_UNIT[parts.unit],
      });
    }
    if (sla.freshness.port) {
      result.customProperties.push({ property: FRESHNESS_PORT_PROPERTY, value: sla.freshness.port });
    }
  }
  if (sla.availability) {
    result.slaProperties.push({
      id: 'availability',
      property: 'availability',
      value: parseFloat(sla.availability),
      unit: 'percent',
    });
  }
  return result;
}

export interface ImportedSla {
  sla?: JsonObject;
  /** Where each part of `sla` came from, relative to the contract (`/sla/...`). */
  origins: [string, string][];
  problems: ProblemDetail[];
  warnings: ProblemDetail[];
}

/** The SLA from `slaProperties`, and the freshness port from the document's custom properties (the only one carried). */
export function importedSla(document: JsonObject): ImportedSla {
  const result: ImportedSla = { origins: [], problems: [], warnings: [] };
  const sla: JsonObject = {};
  objectsOf(document.slaProperties).forEach((property, index) => {
    const at = childPointer('/slaProperties', index);
    if (property.property === 'latency' && sla.freshness === undefined) {
      const maxDelay = importedDelay(property);
      if (maxDelay === undefined) {
        result.problems.push({
          pointer: at,
          message: 'latency needs a positive value and a unit of s, min, h, d or w that makes whole seconds',
        });
        return;
      }
      sla.freshness = { maxDelay };
      result.origins.push(['/sla/freshness', at], ['/sla/freshness/maxDelay', childPointer(at, 'value')]);
      if (property.element !== undefined)
        result.warnings.push({ pointer: childPointer(at, 'element'), message: 'not carried into the descriptor' });
    } else if (property.property === 'availability' && sla.availability === undefined) {
      sla.availability =
        typeof property.value === 'string' && property.value.endsWith('%')
          ? property.value
          : `${String(property.value)}%`;
      result.origins.push(['/sla/availability', childPointer(at, 'value')]);
    } else {
      result.warnings.push({
        pointer: at,
        message: `SLA property ${String(property.property)} not carried into the descriptor`,
      });
    }
  });
  objectsOf(document.customProperties).forEach((custom, index) => {
    const at = childPointer('/customProperties', index);
    if (custom.property === FRESHNESS_PORT_PROPERTY && isObject(sla.freshness)) {
      sla.freshness.port = custom.value;
      result.origins.push(['/sla/freshness/port', childPointer(at, 'value')]);
    } else {
      result.warnings.push({
        pointer: at,
        message: `custom property ${String(custom.property)} not carried into the descriptor`,
      });
    }
  });
  if (Object.keys(sla).length > 0) result.sla = sla;
  return result;
}

// Whole numbers keep their unit (24 h stays 24h); anything else becomes whole seconds or fails.
function importedDelay(property: JsonObject): string | undefined {
  const unit = SHORTHAND_UNIT[stringOf(property.unit)?.toLowerCase() ?? ''];
  const value = property.value;
  if (typeof value !== 'number' || value <= 0 || unit === undefined) return undefined;
  if (Number.isInteger(value) && unit !== 'w') return `${value}${unit}`;
  const ms = value * UNIT_MS[unit];
  return Number.isInteger(ms / 1000) ? shorthandDuration(ms) : undefined;
}
