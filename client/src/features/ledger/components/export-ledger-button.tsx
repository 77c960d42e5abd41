import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import type { ProjectFilter } from '../../../gql/graphql';
import { useT } from '../../../shared/i18n';
import { exportQuery } from '../api/ledger-files';
import { useSpreadsheetDownload } from '../hooks/use-spreadsheet-download';

export interface ExportLedgerButtonProps {
  /** The filters the list on screen shows; the file holds the same projects. */
  filter: ProjectFilter;
  getToken: () => string | null;
}

/** 导出台账: every project in the caller's scope under the current filters, as .xlsx. */
export function ExportLedgerButton({ filter, getToken }: ExportLedgerButtonProps) {
  const t = useT();
  const { download, downloading } = useSpreadsheetDownload(getToken);
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={downloading}
      onClick={() => void download(`/export/projects.xlsx${exportQuery(filter)}`, 'projects.xlsx')}
    >
      {t('ledger.export')}
    </Button>
  );
}
