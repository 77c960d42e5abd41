import type { MockedProviderProps } from '@apollo/client/testing/react';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { LoginDocument } from '../api/session-operations';
import { sessionStore } from '../stores/session-store';
import { LoginForm } from './login-form';

type Mocks = NonNullable<MockedProviderProps['mocks']>;

const wangFang = {
  __typename: 'User',
  id: 'u1',
  username: 'wangfang',
  name: '王芳',
  role: 'STAFF',
  orgUnit: { __typename: 'OrgUnit', id: 'o1', name: '汇川区', kind: 'COUNTY' },
};

function loginAnswer(
  username: string,
  password: string,
  result: Mocks[number]['result'],
): Mocks[number] {
  return { request: { query: LoginDocument, variables: { username, password } }, result };
}

function fillIn(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

async function submit() {
  await act(async () => fireEvent.click(screen.getByRole('button', { name: /登\s*录/ })));
}

describe('LoginForm', () => {
  beforeEach(() => sessionStore.clear());

  it('asks for username and password in Chinese before sending anything', async () => {
    const onLoggedIn = jest.fn();
    renderWithProviders(<LoginForm onLoggedIn={onLoggedIn} />);

    await submit();

    expect(await screen.findByText('请输入用户名')).toBeTruthy();
    expect(await screen.findByText('请输入密码')).toBeTruthy();
    expect(onLoggedIn).not.toHaveBeenCalled();
  });

  it('signs in and keeps the token for later requests', async () => {
    const onLoggedIn = jest.fn();
    const mocks = [
      loginAnswer('wangfang', 'secret-123', {
        data: { login: { __typename: 'AuthPayload', token: 'jwt-1', user: wangFang } },
      }),
    ];
    renderWithProviders(<LoginForm onLoggedIn={onLoggedIn} />, { mocks });

    fillIn('用户名', ' wangfang ');
    fillIn('密码', 'secret-123');
    await submit();

    await waitFor(() => expect(onLoggedIn).toHaveBeenCalledTimes(1));
    expect(sessionStore.get()).toEqual({ token: 'jwt-1', username: 'wangfang' });
    expect(JSON.parse(window.localStorage.getItem('luodi.session') ?? 'null')).toEqual({
      token: 'jwt-1',
      username: 'wangfang',
    });
  });

  it('shows the server’s message when the credentials are wrong', async () => {
    const onLoggedIn = jest.fn();
    const mocks = [
      loginAnswer('wangfang', 'wrong-pass', {
        errors: [{ message: '用户名或密码错误', extensions: { code: 'UNAUTHENTICATED' } }],
      }),
    ];
    renderWithProviders(<LoginForm onLoggedIn={onLoggedIn} />, { mocks });

    fillIn('用户名', 'wangfang');
    fillIn('密码', 'wrong-pass');
    await submit();

    expect(await screen.findByText('用户名或密码错误')).toBeTruthy();
    expect(onLoggedIn).not.toHaveBeenCalled();
    expect(sessionStore.get()).toBeNull();
  });

  it('shows a rate-limit message as the server words it', async () => {
    const mocks = [
      loginAnswer('wangfang', 'again-123', {
        errors: [
          {
            message: '登录尝试过于频繁，请 1 分钟后再试',
            extensions: { code: 'TOO_MANY_REQUESTS' },
          },
        ],
      }),
    ];
    renderWithProviders(<LoginForm />, { mocks });

    fillIn('用户名', 'wangfang');
    fillIn('密码', 'again-123');
    await submit();

    expect(await screen.findByText('登录尝试过于频繁，请 1 分钟后再试')).toBeTruthy();
  });

  it('renews a session for the same person only', async () => {
    const onLoggedIn = jest.fn();
    const mocks = [
      loginAnswer('wangfang', 'secret-123', {
        data: { login: { __typename: 'AuthPayload', token: 'jwt-2', user: wangFang } },
      }),
    ];
    renderWithProviders(<LoginForm lockedUsername="wangfang" onLoggedIn={onLoggedIn} />, { mocks });

    expect((screen.getByLabelText('用户名') as HTMLInputElement).disabled).toBe(true);
    fillIn('密码', 'secret-123');
    await submit();

    await waitFor(() => expect(onLoggedIn).toHaveBeenCalledTimes(1));
    expect(sessionStore.get()?.token).toBe('jwt-2');
  });
});
