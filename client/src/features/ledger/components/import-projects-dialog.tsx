import { InboxOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Modal, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useT } from '../../../shared/i18n';
import { FileRequestError } from '../../../shared/files';
import { type ImportResult, uploadProjects } from '../api/ledger-files';
import { useSpreadsheetDownload } from '../hooks/use-spreadsheet-download';
import { ImportErrorsTable } from './import-errors-table';

export interface ImportProjectsDialogProps {
  getToken: () => string | null;
  /** Called after projects were created, so the page can show them. */
  onImported?: (count: number) => void;
}

/** 导入项目: a button that opens the upload dialog; refused rows are listed, nothing half-imported. */
export function ImportProjectsDialog({ getToken, onImported }: ImportProjectsDialogProps) {
  const t = useT();
  const { message } = App.useApp();
  const template = useSpreadsheetDownload(getToken);
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [uploading, setUploading] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);

  const close = () => {
    setOpen(false);
    setFile(null);
    setResult(null);
  };

  const submit = async () => {
    if (!file) {
      void message.warning(t('ledger.import.chooseFile'));
      return;
    }
    setUploading(true);
    try {
      const outcome = await uploadProjects(file, getToken());
      setResult(outcome);
      if (outcome.ok) onImported?.(outcome.created);
    } catch (error) {
      const expired = error instanceof FileRequestError && error.status === 401;
      void message.error(expired ? t('ledger.sessionExpired') : (error as Error).message);
    } finally {
      setUploading(false);
    }
  };

  return (
    <>
      <Button icon={<UploadOutlined />} onClick={() => setOpen(true)}>
        {t('ledger.import')}
      </Button>
      <Modal
        open={open}
        title={t('ledger.import.title')}
        width={720}
        onCancel={close}
        okText={t('ledger.import.submit')}
        onOk={() => void submit()}
        okButtonProps={{ loading: uploading, disabled: result?.ok === true }}
        destroyOnHidden
      >
        <Flex vertical gap={12}>
          <Typography.Paragraph style={{ margin: 0 }}>
            {t('ledger.import.hint')}{' '}
            <Button
              type="link"
              size="small"
              loading={template.downloading}
              onClick={() =>
                void template.download('/export/projects-template.xlsx', 'projects-template.xlsx')
              }
            >
              {t('ledger.import.template')}
            </Button>
          </Typography.Paragraph>
          <Upload.Dragger
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            maxCount={1}
            fileList={file ? [{ uid: 'import', name: file.name, status: 'done' }] : []}
            beforeUpload={(chosen) => {
              setFile(chosen);
              setResult(null);
              return false;
            }}
            onRemove={() => {
              setFile(null);
              setResult(null);
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('ledger.import.drop')}</p>
          </Upload.Dragger>
          {result?.ok === true && (
            <Alert
              type="success"
              showIcon
              title={t('ledger.import.success', { count: result.created })}
            />
          )}
          {result?.ok === false && (
            <>
              <Alert
                type="error"
                showIcon
                title={
                  result.rows.length
                    ? t('ledger.import.failed', { count: result.rows.length })
                    : result.message
                }
              />
              {result.rows.length > 0 && <ImportErrorsTable errors={result.rows} />}
            </>
          )}
        </Flex>
      </Modal>
    </>
  );
}
