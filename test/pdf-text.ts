/** Reading a printed plan's text in tests (API and browser), without a PDF library. */
import { inflateSync } from 'node:zlib';

/**
 * The text a PDF shows, without a PDF library: inflate its streams, read each font's ToUnicode map,
 * and decode the glyph codes of every text operation (pdfkit writes 2-byte codes in hex). Text
 * operations are joined by a space, so a line broken in two still reads as one phrase.
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const objects = new Map<string, { dict: string; stream: string | null }>();
  for (const match of raw.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = match[2] as string;
    const at = body.indexOf('stream');
    const dict = at < 0 ? body : body.slice(0, at);
    let stream: string | null = null;
    if (at >= 0) {
      const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
      const start = body.indexOf('\n', at) + 1;
      const bytes = Buffer.from(body.slice(start, start + length), 'latin1');
      stream = (dict.includes('/FlateDecode') ? inflateSync(bytes) : bytes).toString('latin1');
    }
    objects.set(match[1] as string, { dict, stream });
  }
  const utf16 = (hex: string) => Buffer.from(hex.replace(/\s/g, ''), 'hex').swap16().toString('utf16le');
  const fonts = new Map<string, Map<number, string>>();
  for (const { dict } of objects.values()) {
    for (const [, name, ref] of dict.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
      const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(objects.get(ref as string)?.dict ?? '')?.[1];
      const cmap = objects.get(toUnicode ?? '')?.stream ?? '';
      const codes = new Map<number, string>();
      for (const [, first, list] of cmap.matchAll(/<([0-9a-f]+)> <[0-9a-f]+> \[([^\]]*)\]/gi)) {
        [...(list as string).matchAll(/<([0-9a-f ]+)>/gi)].forEach((u, i) => {
          codes.set(Number.parseInt(first as string, 16) + i, utf16(u[1] as string));
        });
      }
      fonts.set(name as string, codes);
    }
  }
  const lines: string[] = [];
  for (const { stream } of objects.values()) {
    if (!stream?.includes(' Tf')) continue;
    let font = new Map<number, string>();
    for (const op of stream.matchAll(/\/(F\d+) [\d.]+ Tf|\[([^\]]*)\] TJ/g)) {
      if (op[1]) font = fonts.get(op[1]) ?? new Map();
      else
        lines.push(
          [...(op[2] as string).matchAll(/<([0-9a-f]+)>/gi)]
            .map((h) =>
              (h[1]?.match(/.{4}/g) ?? []).map((c) => font.get(Number.parseInt(c, 16)) ?? '').join(''),
            )
            .join(''),
        );
    }
  }
  return lines.join(' ').replace(/\s+/g, ' ');
}
