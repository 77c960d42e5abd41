import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { act, render, screen, waitFor } from '@testing-library/react';
import { App as AntdApp, Form, Input, type FormInstance } from 'antd';
import type { GraphQLFormattedError } from 'graphql';
import { I18nProvider, createTranslate, type Locale } from '../i18n';
import { presentApiError } from './present-api-error';
import { readApiError } from './read-api-error';
import { useReportApiError } from './use-report-api-error';

const zh = createTranslate('zh-CN');
const en = createTranslate('en-US');

function graphQLError(...errors: GraphQLFormattedError[]) {
  return new CombinedGraphQLErrors({ data: null, errors });
}

const usernameTaken = graphQLError({
  message: '输入有误',
  extensions: {
    code: 'BAD_USER_INPUT',
    fields: { username: '用户名已存在', orgUnitId: '单位不存在' },
  },
});

describe('readApiError', () => {
  it('reads the code, message and field messages of the first GraphQL error', () => {
    expect(readApiError(usernameTaken)).toEqual({
      code: 'BAD_USER_INPUT',
      message: '输入有误',
      fields: { username: '用户名已存在', orgUnitId: '单位不存在' },
    });
  });

  it('reads a GraphQL error carried by a non-200 HTTP answer', () => {
    const body = JSON.stringify({
      errors: [{ message: '请求过于频繁，请稍后再试', extensions: { code: 'TOO_MANY_REQUESTS' } }],
    });
    const response = { status: 429 } as Response;
    const error = new ServerError('Response not successful: Received status code 429', {
      response,
      bodyText: body,
    });
    expect(readApiError(error)).toEqual({
      code: 'UNKNOWN',
      message: '请求过于频繁，请稍后再试',
      fields: {},
    });
  });

  it('treats anything without a GraphQL answer as a network failure', () => {
    expect(readApiError(new TypeError('Failed to fetch')).code).toBe('NETWORK');
  });
});

describe('presentApiError', () => {
  it('puts field messages beside the fields the form has, the rest into the message', () => {
    expect(presentApiError(usernameTaken, zh, ['username', 'name'])).toEqual({
      fieldErrors: [{ name: 'username', errors: ['用户名已存在'] }],
      message: '填写有误：单位不存在',
    });
  });

  it('shows no message when every field message found its field', () => {
    expect(presentApiError(usernameTaken, zh, ['username', 'orgUnitId'])).toEqual({
      fieldErrors: [
        { name: 'username', errors: ['用户名已存在'] },
        { name: 'orgUnitId', errors: ['单位不存在'] },
      ],
      message: null,
    });
  });

  it('matches fields the server names by their input path', () => {
    const error = graphQLError({
      message: '输入有误',
      extensions: { code: 'BAD_USER_INPUT', fields: { 'input.username': '用户名已存在' } },
    });
    expect(presentApiError(error, zh, ['username']).fieldErrors).toEqual([
      { name: 'username', errors: ['用户名已存在'] },
    ]);
  });

  it.each<[Locale, string]>([
    ['zh-CN', '无权操作：超出您的管辖范围'],
    ['en-US', 'Not allowed: 超出您的管辖范围'],
  ])('labels other errors in the current language (%s)', (locale, expected) => {
    const error = graphQLError({ message: '超出您的管辖范围', extensions: { code: 'FORBIDDEN' } });
    expect(presentApiError(error, createTranslate(locale)).message).toBe(expected);
  });

  it('explains a network failure without technical detail', () => {
    expect(presentApiError(new TypeError('Failed to fetch'), en).message).toBe(
      'Cannot reach the server. Check your connection and try again.',
    );
  });
});

describe('useReportApiError', () => {
  function Harness({ onReady }: { onReady: (report: (error: unknown) => void) => void }) {
    const [form] = Form.useForm();
    const reportApiError = useReportApiError();
    onReady((error) => reportApiError(error, form as FormInstance));
    return (
      <Form form={form}>
        <Form.Item name="username" label="用户名">
          <Input />
        </Form.Item>
      </Form>
    );
  }

  it('shows field errors beside the field and the rest as a message', async () => {
    let report: (error: unknown) => void = () => undefined;
    render(
      <I18nProvider initialLocale="zh-CN">
        <AntdApp>
          <Harness onReady={(next) => (report = next)} />
        </AntdApp>
      </I18nProvider>,
    );

    act(() => report(usernameTaken));

    await waitFor(() => expect(screen.getByText('用户名已存在')).toBeTruthy());
    await waitFor(() => expect(screen.getByText('填写有误：单位不存在')).toBeTruthy());
  });
});
