import { App } from 'antd';
import { useCallback, useState } from 'react';
import { useT } from '../../../shared/i18n';
import { downloadFile, FileRequestError } from '../../../shared/files';

/** Downloads one spreadsheet at a time, telling the person how it went. */
export function useSpreadsheetDownload(getToken: () => string | null) {
  const t = useT();
  const { message } = App.useApp();
  const [downloading, setDownloading] = useState(false);

  const download = useCallback(
    async (path: string, fallbackName: string) => {
      setDownloading(true);
      try {
        const name = await downloadFile(path, getToken(), fallbackName);
        void message.success(t('ledger.downloaded', { name }));
      } catch (error) {
        const expired = error instanceof FileRequestError && error.status === 401;
        void message.error(expired ? t('ledger.sessionExpired') : (error as Error).message);
      } finally {
        setDownloading(false);
      }
    },
    [getToken, message, t],
  );

  return { download, downloading };
}
