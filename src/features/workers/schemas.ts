import { z } from 'zod';

export const WorkerSchema = z
  .object({
    id: z.uuid(),
    displayName: z.string(),
    role: z
      .enum(['worker', 'lead', 'admin'])
      .describe('Administrators are listed only with `include=staff`.'),
    files: z.number().int().describe('How many people this worker follows.'),
  })
  .meta({ id: 'Worker' });
export type Worker = z.infer<typeof WorkerSchema>;

export const WorkerListQuery = z.object({
  include: z
    .enum(['followers', 'staff'])
    .default('followers')
    .describe('followers: who can follow a file (workers and leads); staff: also the administrators.'),
});

export const WorkerListSchema = z.object({ items: z.array(WorkerSchema) }).meta({ id: 'WorkerList' });
