import { newEvent } from './envelope';

describe('newEvent', () => {
  const payload = { domain: 'sales', title: null, description: null, ownerTeam: null };

  it('fills a fresh eventId, the current time and null causality by default', () => {
    jest.spyOn(Date, 'now').mockReturnValue(1_750_000_000_000);
    const first = newEvent('domain.created', { subject: 'urn:mesh:domain:sales', producer: 'registry', payload });
    const second = newEvent('domain.created', { subject: 'urn:mesh:domain:sales', producer: 'registry', payload });

    expect(first).toEqual({
      eventId: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
      type: 'domain.created',
      occurredAt: 1_750_000_000_000,
      producer: 'registry',
      subject: 'urn:mesh:domain:sales',
      actor: null,
      correlationId: null,
      causationId: null,
      payload,
    });
    expect(second.eventId).not.toBe(first.eventId);
  });

  it('keeps the actor and causality it is given', () => {
    const event = newEvent('domain.created', {
      subject: 'urn:mesh:domain:sales',
      producer: 'registry',
      payload,
      actor: 'user:alice',
      correlationId: 'corr-1',
      causationId: 'evt-0',
    });
    expect(event).toMatchObject({ actor: 'user:alice', correlationId: 'corr-1', causationId: 'evt-0' });
  });
});
