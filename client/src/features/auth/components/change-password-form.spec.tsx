import type { MockedProviderProps } from '@apollo/client/testing/react';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { ChangePasswordDocument } from '../api/session-operations';
import { ChangePasswordForm } from './change-password-form';

type Mocks = NonNullable<MockedProviderProps['mocks']>;

function fillIn(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

async function submit() {
  await act(async () => fireEvent.click(screen.getByRole('button', { name: '修改密码' })));
}

function answer(currentPassword: string, newPassword: string, result: Mocks[number]['result']) {
  return {
    request: { query: ChangePasswordDocument, variables: { currentPassword, newPassword } },
    result,
  };
}

describe('ChangePasswordForm', () => {
  it.each([
    ['short1!', '密码至少 10 位'],
    ['woaini1314', '密码过于常见，请换一个不易猜到的密码'],
    ['wangfang-2026!', '密码不能包含用户名'],
    ['aaaaaaaaaaaa', '密码不能由重复的字符或片段组成'],
  ])('refuses %j with the domain rule’s message before sending', async (weak, text) => {
    const onDone = jest.fn();
    renderWithProviders(<ChangePasswordForm username="wangfang" onDone={onDone} />);
    fillIn('当前密码', 'old-password-1');
    fillIn('新密码', weak);
    fillIn('再次输入新密码', weak);
    await submit();
    expect(await screen.findByText(text)).toBeTruthy();
    expect(onDone).not.toHaveBeenCalled();
  });

  it('asks for the same new password twice', async () => {
    renderWithProviders(<ChangePasswordForm username="wangfang" onDone={jest.fn()} />);
    fillIn('当前密码', 'old-password-1');
    fillIn('新密码', 'Luxi-park-2026!');
    fillIn('再次输入新密码', 'Luxi-park-2026?');
    await submit();
    expect(await screen.findByText('两次输入的新密码不一致')).toBeTruthy();
  });

  it('changes the password, and shows the server’s field error beside the field', async () => {
    const onDone = jest.fn();
    const mocks = [
      answer('wrong-current', 'Luxi-park-2026!', {
        errors: [
          {
            message: '当前密码不正确',
            extensions: { code: 'BAD_USER_INPUT', fields: { currentPassword: '当前密码不正确' } },
          },
        ],
      }),
      answer('right-current', 'Luxi-park-2026!', { data: { changePassword: true } }),
    ];
    renderWithProviders(<ChangePasswordForm username="wangfang" onDone={onDone} />, { mocks });
    fillIn('当前密码', 'wrong-current');
    fillIn('新密码', 'Luxi-park-2026!');
    fillIn('再次输入新密码', 'Luxi-park-2026!');
    await submit();
    expect(await screen.findByText('当前密码不正确')).toBeTruthy();
    expect(onDone).not.toHaveBeenCalled();

    fillIn('当前密码', 'right-current');
    await submit();
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
  });

  it('calls the current password the one-time password after a reset', () => {
    renderWithProviders(<ChangePasswordForm username="wangfang" oneTime onDone={jest.fn()} />);
    expect(screen.getByLabelText('临时密码（管理员提供）')).toBeTruthy();
  });
});
