/**
 * French elision before a name: "de Karim" but "d’Aïssatou", "d’Hélène", "d’Yves". The catalogues
 * write `{{name, de}}` and i18next calls this formatter (registered on the server and in the web
 * app), so no message has to choose between "de" and "d’" by hand.
 */
import type { i18n } from 'i18next';

/**
 * Whether French elides "de" before this word: a vowel (accents included), a mute h (names with an
 * aspirated h are rare and cannot be told apart by spelling), or a y sounded as a vowel (Yves,
 * Yvonne: a y followed by a consonant), never a y sounded as a consonant (Yasmina, Yannick).
 */
export function elidesInFrench(word: string): boolean {
  const letters = word.trim().normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (/^[aeiou]/.test(letters)) return true;
  if (/^h[aeiouy]/.test(letters)) return true;
  return /^y[^aeiouy]/.test(letters);
}

/** "de " + word, elided when French elides it. */
export function frenchDe(word: string): string {
  return elidesInFrench(word) ? `d’${word.trim()}` : `de ${word.trim()}`;
}

/** Registers `{{value, de}}`: the French preposition before a name; other languages never use it. */
export function addFormatters(instance: i18n): void {
  instance.services.formatter?.add('de', (value: unknown) => frenchDe(String(value ?? '')));
}
