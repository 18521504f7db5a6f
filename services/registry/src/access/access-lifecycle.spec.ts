import { TransitionError } from '../lifecycle/state-machine';
import { ACCESS_ACTIONS, ACCESS_LIFECYCLE, ACCESS_STATES, type AccessState } from './access-lifecycle';

const LEGAL: Record<string, AccessState> = {
  'pending approve': 'granted',
  'pending deny': 'denied',
  'granted revoke': 'revoked',
};

describe('the access request lifecycle', () => {
  const pairs = ACCESS_STATES.flatMap((state) => ACCESS_ACTIONS.map((action) => [state, action] as const));

  it.each(pairs)('from %s, %s is legal exactly when the rules say so', (state, action) => {
    expect(ACCESS_LIFECYCLE.next(state, action)).toBe(LEGAL[`${state} ${action}`]);
  });

  it('refuses to approve a denied request with a 409 naming its state', () => {
    const approve = () => ACCESS_LIFECYCLE.require({ state: 'denied', description: 'access request r1' }, 'approve');
    expect(approve).toThrow(TransitionError);
    expect(approve).toThrow('cannot approve access request r1: it is denied, and approve applies only to pending');
  });
});
