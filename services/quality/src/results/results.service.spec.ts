import type { DataSource } from 'typeorm';
import type { ChecksRepository } from '../checks/checks.repository';
import type { MonitoredVersionsRepository } from '../products/monitored-versions.repository';
import { ResultsService } from './results.service';
import type { ScoreInputs, ScoresRepository } from './scores.repository';

const inputs = (name: string, latestPerRule: ScoreInputs['latestPerRule'], openAlerts = 0): ScoreInputs => ({
  domain: 'sales',
  name,
  version: '1.0.0',
  latestPerRule,
  openAlerts,
});

describe('ResultsService.scores', () => {
  it('reads every product in one repository call, answers in the order asked and leaves unknown ones out', async () => {
    const inputsOf = jest.fn<Promise<ScoreInputs[]>, unknown[]>().mockResolvedValue([
      inputs('returns', []),
      inputs(
        'orders',
        [
          { severity: 'blocking', outcome: 'fail' },
          { severity: 'warning', outcome: 'pass' },
        ],
        2,
      ),
    ]);
    const service = new ResultsService(
      { manager: {} } as DataSource,
      {} as ChecksRepository,
      {} as MonitoredVersionsRepository,
      { inputsOf } as unknown as ScoresRepository,
    );
    const asked = [
      { domain: 'sales', name: 'orders' },
      { domain: 'sales', name: 'nothing' },
      { domain: 'sales', name: 'returns' },
    ];
    const scores = await service.scores(asked);
    expect(inputsOf).toHaveBeenCalledTimes(1);
    expect(inputsOf.mock.calls[0][1]).toEqual(asked);
    expect(scores).toEqual([
      { domain: 'sales', name: 'orders', version: '1.0.0', score: 1 / 3, openAlerts: 2, tier: 'bronze' },
      { domain: 'sales', name: 'returns', version: '1.0.0', score: null, openAlerts: 0, tier: 'unrated' },
    ]);
  });
});
