import { KeyOutlined } from '@ant-design/icons';
import { Button, Modal } from 'antd';
import { useState } from 'react';
import { useT } from '../../../shared/i18n';
import { ChangePasswordForm } from './change-password-form';

/** 修改密码 in the header: every user changes their own password here. */
export function ChangePasswordButton({ username }: { username: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button type="text" icon={<KeyOutlined />} onClick={() => setOpen(true)}>
        {t('password.change')}
      </Button>
      <Modal
        open={open}
        title={t('password.change')}
        footer={null}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <ChangePasswordForm
          username={username}
          onDone={() => setOpen(false)}
          onCancel={() => setOpen(false)}
        />
      </Modal>
    </>
  );
}
