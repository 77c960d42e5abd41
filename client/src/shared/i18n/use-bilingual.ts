import type { BilingualLabel } from '@luodi/domain';
import { useCallback } from 'react';
import { useLocale } from './i18n-context';

/** Picks the current language's half of a domain label such as ROLE_LABELS or STAGE_LABELS. */
export function useBilingual(): (label: BilingualLabel) => string {
  const { locale } = useLocale();
  return useCallback((label) => (locale === 'zh-CN' ? label.zh : label.en), [locale]);
}
