import { z } from 'zod';
import { FOLLOWER_ROLES } from '../auth/policy.ts';

export const WorkerSchema = z
  .object({
    id: z.uuid(),
    displayName: z.string(),
    role: z.enum(FOLLOWER_ROLES as ['worker', 'lead']),
    files: z.number().int().describe('How many people this worker follows.'),
  })
  .meta({ id: 'Worker' });
export type Worker = z.infer<typeof WorkerSchema>;

export const WorkerListSchema = z.object({ items: z.array(WorkerSchema) }).meta({ id: 'WorkerList' });
