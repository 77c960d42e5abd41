import { translateFlagReason } from '@luodi/domain';
import { useCallback } from 'react';
import { useLocale } from './i18n-context';

/** A flag's reason sentence in the current language (the API writes it in Chinese). */
export function useFlagReason(): (reason: string) => string {
  const { locale } = useLocale();
  return useCallback(
    (reason) => translateFlagReason(reason, locale === 'zh-CN' ? 'zh' : 'en'),
    [locale],
  );
}
