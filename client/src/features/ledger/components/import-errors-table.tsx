import { Table } from 'antd';
import { useT } from '../../../shared/i18n';
import type { ImportRowError } from '../api/ledger-files';

/** The rows the import refused: row number, column and what is wrong, as the server said. */
export function ImportErrorsTable({ errors }: { errors: ImportRowError[] }) {
  const t = useT();
  return (
    <Table<ImportRowError>
      size="small"
      rowKey={(error) => `${error.row}-${error.column}-${error.message}`}
      dataSource={errors}
      pagination={errors.length > 8 ? { pageSize: 8, size: 'small' } : false}
      columns={[
        { title: t('ledger.import.row'), dataIndex: 'row', width: 72 },
        { title: t('ledger.import.column'), dataIndex: 'column', width: 180 },
        { title: t('ledger.import.message'), dataIndex: 'message' },
      ]}
    />
  );
}
