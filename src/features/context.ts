/**
 * What every use case receives besides its transaction: the clock and who is asking. A use case is
 * a function of `(tx, ctx, input)`: it never opens a transaction (it has no pool to open one on),
 * so several use cases compose into one atomic step (docs/architecture.md "Use cases").
 */
import type { Clock } from '../clock.ts';
import type { Actor } from './auth/policy.ts';

export interface ServiceContext {
  clock: Clock;
  actor: Actor | null;
  requestId: string;
  /** The caller's network address (always a valid IP), for the audit log and login throttling. */
  address: string;
}

export interface ActorContext extends ServiceContext {
  actor: Actor;
}

/** For use cases on a centre's data: the federal role never reaches them. */
export type CentreContext = ActorContext & { actor: Actor & { centreId: string } };
