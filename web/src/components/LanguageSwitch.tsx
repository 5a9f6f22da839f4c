import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';

/** VI | EN switch; i18n/index.ts remembers the choice and tells the API client. */
export function LanguageSwitch() {
  const { i18n, t } = useTranslation();
  return (
    <Segmented
      size="small"
      aria-label={t('nav.language')}
      value={i18n.language === 'en' ? 'en' : 'vi'}
      options={[
        { label: 'VI', value: 'vi' },
        { label: 'EN', value: 'en' },
      ]}
      onChange={(v) => void i18n.changeLanguage(String(v))}
    />
  );
}
