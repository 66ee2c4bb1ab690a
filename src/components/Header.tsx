import { useTranslation } from 'react-i18next';
import { AddArticleButton } from '../curation/AddArticleButton';
import { LanguageSwitch } from './LanguageSwitch';
import { ModeSwitch } from './ModeSwitch';
import { SearchBox } from './SearchBox';
import { ThemeSwitch } from './ThemeSwitch';

/** Title, search and the three switches (view, language, colours). */
export function Header() {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <div className="brand">
        <h1 lang="kk">{t('app.title')}</h1>
        <p className="tagline">{t('app.tagline')}</p>
      </div>
      <SearchBox />
      <div className="header-controls">
        <ModeSwitch />
        <LanguageSwitch />
        <ThemeSwitch />
        <AddArticleButton />
      </div>
    </header>
  );
}
