// i18next set-up: Vietnamese first, English second; the choice is remembered in localStorage and
// sent to the API (Accept-Language) so server messages come back in the same language.
import i18n, { type FormatterModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import 'dayjs/locale/en';
import vi from './vi.json';
import en from './en.json';

// Each module adds i18n/<module>.vi.json and .en.json, with its own top-level key.
type Messages = Record<string, unknown>;
const moduleFiles = import.meta.glob<{ default: Messages }>('./*.*.json', { eager: true });
const withModules = (base: Messages, lang: Lang): Messages =>
  Object.assign(
    {},
    base,
    ...Object.entries(moduleFiles)
      .filter(([file]) => file.endsWith(`.${lang}.json`))
      .map(([, m]) => m.default),
  );
import { setApiLanguage } from '../api';
import { interpolatedValue } from '../format';

export type Lang = 'vi' | 'en';
const STORAGE_KEY = 'grassroots.lang';

function storedLanguage(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

function apply(lang: string) {
  setApiLanguage(lang);
  dayjs.locale(lang === 'en' ? 'en' : 'vi');
  document.documentElement.lang = lang;
  document.title = lang === 'en' ? 'Grassroots: Party organization work' : 'Grassroots: Công tác tổ chức xây dựng Đảng';
}

/** The formatter i18next calls for every {{value}} (alwaysFormat); the catalogs use no named formats. */
const formatter: FormatterModule = {
  type: 'formatter',
  init() {},
  add() {},
  addCached() {},
  format: (value, format, lng, options) => (format ? value : interpolatedValue(value, String(options?.interpolationkey ?? ''), lng)),
};

const initial = storedLanguage();
apply(initial);

void i18n
  .use(initReactI18next)
  .use(formatter)
  .init({
    resources: { vi: { translation: withModules(vi, 'vi') }, en: { translation: withModules(en, 'en') } },
    lng: initial,
    fallbackLng: 'vi',
    // Every value put into a sentence is written the app's way (format.ts): numbers per language, ISO dates as
    // dd/mm/yyyy. Years, record numbers and echoed input are left as they are.
    interpolation: { escapeValue: false, alwaysFormat: true },
    returnNull: false,
  });

i18n.on('languageChanged', (lang) => {
  apply(lang);
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
});

export default i18n;
