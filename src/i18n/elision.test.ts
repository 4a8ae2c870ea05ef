import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { addFormatters, frenchDe } from './elision.ts';

describe('frenchDe', () => {
  it.each([
    ['Karim', 'de Karim'],
    ['Aïssatou', 'd’Aïssatou'],
    ['Élodie', 'd’Élodie'],
    ['Olivier Collard', 'd’Olivier Collard'],
    ['Inès', 'd’Inès'],
    ['Ursule', 'd’Ursule'],
    ['Hélène', 'd’Hélène'],
    ['Hugo', 'd’Hugo'],
    ['Yves', 'd’Yves'],
    ['Yvonne', 'd’Yvonne'],
    ['Yasmina', 'de Yasmina'],
    ['Yannick', 'de Yannick'],
    ['Camille Dubois', 'de Camille Dubois'],
    ['Ngozi', 'de Ngozi'],
    ['  Émile ', 'd’Émile'],
    ['', 'de '],
  ])('%j → %j', (name, expected) => expect(frenchDe(name)).toBe(expected));
});

describe('the {{name, de}} formatter', () => {
  it('elides inside a message, and only where the message asks for it', async () => {
    const instance = i18next.createInstance();
    await instance.init({
      lng: 'fr',
      resources: { fr: { translation: { title: 'Nouveau bilan social {{name, de}}' } } },
      interpolation: { escapeValue: false },
      showSupportNotice: false,
    });
    addFormatters(instance);
    expect(instance.t('title', { name: 'Aïssatou Diallo' })).toBe('Nouveau bilan social d’Aïssatou Diallo');
    expect(instance.t('title', { name: 'Karim Benali' })).toBe('Nouveau bilan social de Karim Benali');
  });
});
