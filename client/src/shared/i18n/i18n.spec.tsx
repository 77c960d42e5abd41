import { act, fireEvent, render, screen } from '@testing-library/react';
import dayjs from 'dayjs';
import { I18nProvider, LanguageSwitch, createTranslate, useT } from '.';

function Greeting() {
  const t = useT();
  return <p>{t('home.greeting.morning', { name: '王芳' })}</p>;
}

function renderSwitchable() {
  return render(
    <I18nProvider>
      <LanguageSwitch />
      <Greeting />
    </I18nProvider>,
  );
}

describe('i18n', () => {
  beforeEach(() => window.localStorage.clear());

  it('speaks Chinese by default', () => {
    renderSwitchable();
    expect(screen.getByText('上午好，王芳')).toBeTruthy();
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('switches to English, and remembers the choice for the next visit', () => {
    const { unmount } = renderSwitchable();
    act(() => fireEvent.click(screen.getByText('EN')));

    expect(screen.getByText('Good morning, 王芳')).toBeTruthy();
    expect(document.documentElement.lang).toBe('en-US');
    expect(dayjs.locale()).toBe('en');

    unmount();
    renderSwitchable();
    expect(screen.getByText('Good morning, 王芳')).toBeTruthy();
  });

  it('switches back to Chinese', () => {
    window.localStorage.setItem('luodi.locale', 'en-US');
    renderSwitchable();
    act(() => fireEvent.click(screen.getByText('中文')));

    expect(screen.getByText('上午好，王芳')).toBeTruthy();
    expect(dayjs.locale()).toBe('zh-cn');
  });

  it('ignores an unknown stored language', () => {
    window.localStorage.setItem('luodi.locale', 'fr-FR');
    renderSwitchable();
    expect(screen.getByText('上午好，王芳')).toBeTruthy();
  });

  it('leaves a placeholder visible when its parameter is missing', () => {
    expect(createTranslate('en-US')('users.created')).toBe('Created user “{name}”');
  });
});
