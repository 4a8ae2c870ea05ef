import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Each screen names itself in the tab and to screen readers (WCAG 2.4.2).
 * null leaves the title alone: a screen still loading, or a layout whose child names the page.
 */
export function usePageTitle(title: string | null) {
  const { t } = useTranslation();
  useEffect(() => {
    if (title) document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);
}
