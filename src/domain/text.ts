/** Accent- and case-insensitive form of a text, used to store and query searchable names. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The first text after every text that starts with `prefix`, in code point (UTF-8 byte) order:
 * `word >= prefix and word < prefixEnd(prefix)` finds exactly the words starting with `prefix`,
 * with comparisons an index serves under row-level security (a LIKE cannot be used there).
 */
export function prefixEnd(prefix: string): string {
  const points = [...prefix];
  const last = points.pop();
  if (last === undefined) throw new Error('an empty prefix has no end');
  let next = (last.codePointAt(0) ?? 0) + 1;
  // Lone surrogates are not text: the next code point after U+D7FF is U+E000.
  if (next >= 0xd800 && next <= 0xdfff) next = 0xe000;
  if (next > 0x10ffff) return prefixEnd(points.join(''));
  return points.join('') + String.fromCodePoint(next);
}

/**
 * Characters no person's name holds, and that make a name read differently from what is stored:
 * control characters (tab and newline included; C0, DEL, C1), line and paragraph separators,
 * bidirectional overrides, embeddings, isolates and marks (after U+202E, the rest of a name shows
 * reversed on screen and in exports), and every other invisible format character (zero-width space,
 * word joiner, soft hyphen, BOM, tag characters), plus private-use and lone surrogate code points.
 */
const FORBIDDEN_IN_NAMES = /[\p{Cc}\p{Cs}\p{Co}\p{Zl}\p{Zp}]|(?![\u200C\u200D])\p{Cf}/u;

/**
 * Zero-width non-joiner and joiner (U+200C, U+200D) belong to Persian and Indic spelling, between
 * two letters of such a script. Anywhere else, in a Latin name above all, they only make a name
 * that looks like another's and that a search for it does not find.
 */
const JOINER_MISPLACED =
  /(?<![\p{L}\p{M}])[\u200C\u200D]|[\u200C\u200D](?![\p{L}\p{M}])|(?<=[\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}])[\u200C\u200D]|[\u200C\u200D](?=[\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}])/u;

export function hasForbiddenNameCharacters(text: string): boolean {
  return FORBIDDEN_IN_NAMES.test(text) || JOINER_MISPLACED.test(text);
}
