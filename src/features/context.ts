/** What every use case receives: the database, the clock, and who is asking. */
import type { Clock } from '../clock.ts';
import type { Executor } from '../db/connect.ts';
import type { Actor } from './auth/policy.ts';

export interface ServiceContext {
  db: Executor;
  clock: Clock;
  actor: Actor | null;
  requestId: string;
  /** The caller's network address, for the audit log and login throttling. */
  address: string;
}

export interface ActorContext extends ServiceContext {
  actor: Actor;
}

/** For use cases on a centre's data: the federal role never reaches them. */
export type CentreContext = ActorContext & { actor: Actor & { centreId: string } };
