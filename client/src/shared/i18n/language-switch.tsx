import { Segmented } from 'antd';
import { useLocale, useT, type Locale } from './i18n-context';

const LANGUAGE_OPTIONS: { value: Locale; label: string }[] = [
  { value: 'zh-CN', label: '中文' },
  { value: 'en-US', label: 'EN' },
];

export function LanguageSwitch() {
  const { locale, setLocale } = useLocale();
  const t = useT();
  return (
    <Segmented<Locale>
      size="small"
      aria-label={t('locale.label')}
      options={LANGUAGE_OPTIONS}
      value={locale}
      onChange={setLocale}
    />
  );
}
