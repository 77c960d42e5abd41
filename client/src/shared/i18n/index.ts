export { I18nProvider, createTranslate, useLocale, useT } from './i18n-context';
export type { Locale, Translate } from './i18n-context';
export { LanguageSwitch } from './language-switch';
export type { MessageKey } from './messages-zh';
export { useBilingual } from './use-bilingual';
export { useFlagReason } from './use-flag-reason';
