import type { Comparison } from '../model/descriptor';
import { acceptedValues, acceptsNoMoreThan } from './accepted-values';

describe('acceptsNoMoreThan', () => {
  it.each<[Comparison, Comparison, boolean]>([
    [{ mustBe: 0 }, { mustBeLessThan: 1 }, true],
    [{ mustBeLessThan: 1 }, { mustBe: 0 }, false],
    [{ mustBeLessThan: 5 }, { mustBeLessOrEqualTo: 5 }, true],
    [{ mustBeLessOrEqualTo: 5 }, { mustBeLessThan: 5 }, false],
    [{ mustBeGreaterThan: 1000 }, { mustBeGreaterThan: 0 }, true],
    [{ mustBeBetween: [1, 5] }, { mustBeGreaterOrEqualTo: 1 }, true],
    [{ mustBeBetween: [0, 5] }, { mustBeGreaterThan: 0 }, false],
    [{ mustBe: 3 }, { mustNotBe: 0 }, true],
    [{ mustBeBetween: [-1, 1] }, { mustNotBe: 0 }, false],
    [{ mustNotBe: 0 }, { mustNotBe: 0 }, true],
    [{ mustNotBe: 0 }, { mustBeGreaterThan: 0 }, false],
  ])('%j within %j: %s', (inner, outer, expected) => {
    expect(acceptsNoMoreThan(acceptedValues(inner), acceptedValues(outer))).toBe(expected);
  });
});
