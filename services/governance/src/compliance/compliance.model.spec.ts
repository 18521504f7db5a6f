import { complianceView, passRate } from './compliance.model';

describe('the compliance report', () => {
  it('gives the pass rate to four decimals, and 1 when nothing is published', () => {
    expect(passRate(2, 3)).toBe(0.6667);
    expect(passRate(0, 0)).toBe(1);
  });

  it("shows a domain's figures with its own trend only", () => {
    const view = complianceView({ domain: 'sales', products: 4, passing: 3, blocking: 1, warning: 2 }, [
      { day: '2026-11-27', domain: 'sales', products: 4, passing: 4, openViolations: 0 },
      { day: '2026-11-27', domain: 'finance', products: 1, passing: 0, openViolations: 1 },
      { day: '2026-11-28', domain: 'sales', products: 4, passing: 3, openViolations: 3 },
    ]);
    expect(view).toEqual({
      products: 4,
      passing: 3,
      passRate: 0.75,
      openViolations: { total: 3, blocking: 1, warning: 2 },
      trend: [
        { day: '2026-11-27', passRate: 1, openViolations: 0 },
        { day: '2026-11-28', passRate: 0.75, openViolations: 3 },
      ],
    });
  });
});
