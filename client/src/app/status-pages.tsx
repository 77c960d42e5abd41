import { Button, Result } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useT } from '../shared/i18n';

function BackHomeButton() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Button type="primary" onClick={() => navigate('/home')}>
      {t('page.backHome')}
    </Button>
  );
}

export function NotFoundPage() {
  const t = useT();
  return (
    <Result
      status="404"
      title={t('page.notFound.title')}
      subTitle={t('page.notFound.description')}
      extra={<BackHomeButton />}
    />
  );
}

export function ForbiddenPage() {
  const t = useT();
  return (
    <Result
      status="403"
      title={t('page.forbidden.title')}
      subTitle={t('page.forbidden.description')}
      extra={<BackHomeButton />}
    />
  );
}
