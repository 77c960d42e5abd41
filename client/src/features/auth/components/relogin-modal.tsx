import { Button, Modal, Typography } from 'antd';
import { useT } from '../../../shared/i18n';
import { useLogout } from '../hooks/use-logout';
import { reloginGate, useReloginRequested } from '../stores/relogin-gate';
import { useSession } from '../stores/session-store';
import { LoginForm } from './login-form';

/**
 * Asks for the password over the current page when the session expires, so open forms keep
 * what was typed; the operations that failed run again once the person is back.
 */
export function ReloginModal() {
  const t = useT();
  const open = useReloginRequested();
  const session = useSession();
  const logout = useLogout();

  return (
    <Modal
      open={open}
      title={t('relogin.title')}
      closable={false}
      keyboard={false}
      mask={{ closable: false }}
      destroyOnHidden
      footer={
        <Button type="link" onClick={logout}>
          {t('relogin.switchUser')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('relogin.description')}</Typography.Paragraph>
      <LoginForm lockedUsername={session?.username} onLoggedIn={reloginGate.completeRelogin} />
    </Modal>
  );
}
