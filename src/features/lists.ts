/** Shapes shared by every list (pure zod: the web app imports them too). */
import { z } from 'zod';

export const cursorQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional().describe('Opaque: the nextCursor of the previous page.'),
});

export function page<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.string().nullable().describe('Pass as cursor to get the next page; null on the last page.'),
  });
}
