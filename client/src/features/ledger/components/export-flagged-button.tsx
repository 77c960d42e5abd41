import { WarningOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import type { FlagLevel, ProjectFilter } from '../../../gql/graphql';
import { useT } from '../../../shared/i18n';
import { exportQuery } from '../api/ledger-files';
import { useSpreadsheetDownload } from '../hooks/use-spreadsheet-download';

export interface ExportFlaggedButtonProps {
  filter: ProjectFilter;
  /** Only flags of this level; both when left out. */
  level?: FlagLevel | null;
  getToken: () => string | null;
}

/** 导出预警清单: one row per lit flag, in the order of the flagged list. */
export function ExportFlaggedButton({ filter, level, getToken }: ExportFlaggedButtonProps) {
  const t = useT();
  const { download, downloading } = useSpreadsheetDownload(getToken);
  return (
    <Button
      icon={<WarningOutlined />}
      loading={downloading}
      onClick={() =>
        void download(`/export/flagged.xlsx${exportQuery(filter, level)}`, 'flagged.xlsx')
      }
    >
      {t('ledger.exportFlagged')}
    </Button>
  );
}
