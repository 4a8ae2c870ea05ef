import { z } from 'zod';
import { InstrumentDefinitionSchema } from '../../domain/instruments.ts';

export const InstrumentSchema = InstrumentDefinitionSchema.safeExtend({
  version: z.number().int().min(1),
  builtIn: z.boolean().describe('Shipped with Passerelle; otherwise loaded by your centre.'),
  versions: z.array(z.number().int()).describe('Every version of this instrument, oldest first.'),
}).meta({ id: 'Instrument' });
export type Instrument = z.infer<typeof InstrumentSchema>;

export const InstrumentListSchema = z
  .object({ items: z.array(InstrumentSchema) })
  .meta({ id: 'InstrumentList' });

export const InstrumentKeyParams = z.object({ key: z.string().max(64) });
export const InstrumentVersionQuery = z.object({
  version: z.coerce.number().int().min(1).optional().describe('A past version; the latest by default.'),
});
