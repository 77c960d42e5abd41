import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { render } from '@testing-library/react';
import { App as AntdApp } from 'antd';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { I18nProvider, type Locale } from '../shared/i18n';

interface ProviderOptions {
  mocks?: MockedProviderProps['mocks'];
  locale?: Locale;
  path?: string;
}

export function renderWithProviders(
  ui: ReactElement,
  { mocks = [], locale = 'zh-CN', path = '/' }: ProviderOptions = {},
) {
  return render(
    <I18nProvider initialLocale={locale}>
      <AntdApp>
        <MockedProvider mocks={mocks}>
          <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
        </MockedProvider>
      </AntdApp>
    </I18nProvider>,
  );
}
