import { Button, Flex, Result, Spin } from 'antd';
import { presentApiError, readApiError } from '../api-errors';
import { useT } from '../i18n';

export function PageLoading() {
  const t = useT();
  return (
    <Flex justify="center" align="center" style={{ minHeight: 240 }}>
      <Spin size="large" description={t('state.loading')} />
    </Flex>
  );
}

export function PageError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  const forbidden = readApiError(error).code === 'FORBIDDEN';
  return (
    <Result
      status={forbidden ? '403' : 'error'}
      title={forbidden ? t('page.forbidden.title') : t('state.loadFailed')}
      subTitle={presentApiError(error, t).message}
      extra={
        onRetry && (
          <Button type="primary" onClick={onRetry}>
            {t('state.retry')}
          </Button>
        )
      }
    />
  );
}
