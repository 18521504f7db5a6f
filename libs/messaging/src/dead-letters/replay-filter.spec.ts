import { deadLetterEvent } from './dead-letter-event';
import { matchesReplayFilter } from './replay-filter';

const deadLetter = {
  ...deadLetterEvent(
    { topic: 'mesh.quality.v1', partition: 0, offset: '7', key: null, value: Buffer.from('x') },
    { groupId: 'search', producer: 'search', error: 'Error: boom', attempts: 5 },
  ),
  occurredAt: Date.parse('2026-01-10T12:00:00Z'),
};

describe('matchesReplayFilter', () => {
  it('selects by original topic', () => {
    expect(matchesReplayFilter(deadLetter, undefined, { originalTopic: 'mesh.quality.v1' })).toBe(true);
    expect(matchesReplayFilter(deadLetter, undefined, { originalTopic: 'mesh.access.v1' })).toBe(false);
  });

  it('selects by a half-open window on the time of dead-lettering', () => {
    const at = (iso: string) => new Date(iso);
    const filter = { originalTopic: 'mesh.quality.v1' };

    expect(
      matchesReplayFilter(deadLetter, undefined, {
        ...filter,
        from: at('2026-01-10T12:00:00Z'),
        to: at('2026-01-10T12:00:01Z'),
      }),
    ).toBe(true);
    expect(matchesReplayFilter(deadLetter, undefined, { ...filter, from: at('2026-01-10T12:00:01Z') })).toBe(false);
    expect(matchesReplayFilter(deadLetter, undefined, { ...filter, to: at('2026-01-10T12:00:00Z') })).toBe(false);
  });

  it('selects by the original event id, which undecodable messages do not have', () => {
    const filter = { originalTopic: 'mesh.quality.v1', eventId: 'e-1' };

    expect(matchesReplayFilter(deadLetter, 'e-1', filter)).toBe(true);
    expect(matchesReplayFilter(deadLetter, 'e-2', filter)).toBe(false);
    expect(matchesReplayFilter(deadLetter, undefined, filter)).toBe(false);
  });
});
