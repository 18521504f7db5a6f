import { errorFamily } from '@mesh/platform';

/** A move the state machine does not allow: a 409 whose message names the current state. */
export const TransitionError = errorFamily('TransitionError', { illegal_transition: 409 });

/** Where an action may start and where it leads. */
export interface Transition<S extends string> {
  from: readonly S[];
  to: S;
}

/**
 * A finite state machine given as one table of actions. Keeping the whole table in one literal makes the rules
 * reviewable at a glance and lets the unit tests walk every (state, action) pair.
 */
export class StateMachine<S extends string, A extends string> {
  constructor(private readonly table: Readonly<Record<A, Transition<S>>>) {}

  /** The state `action` leads to from `state`; undefined when the action is not allowed there. */
  next(state: S, action: A): S | undefined {
    const transition = this.table[action];
    return transition.from.includes(state) ? transition.to : undefined;
  }

  /** The state `action` leads to from `subject`'s state, or a 409 naming that state and the ones the action needs. */
  require(subject: { state: S; description: string }, action: A): S {
    const next = this.next(subject.state, action);
    if (next !== undefined) return next;
    const verb = action.replaceAll('-', ' ');
    throw new TransitionError(
      'illegal_transition',
      `cannot ${verb} ${subject.description}: it is ${subject.state}, and ${verb} applies only to ` +
        this.table[action].from.join(' or '),
    );
  }
}
