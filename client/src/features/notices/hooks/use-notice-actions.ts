import { useMutation } from '@apollo/client/react';
import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { readApiError, useReportApiError } from '../../../shared/api-errors';
import { useT } from '../../../shared/i18n';
import {
  CloseNoticeDocument,
  IssueNoticeDocument,
  ReplyNoticeDocument,
  ReturnNoticeDocument,
} from '../api/notice-operations';

/**
 * The four 督办 writes. Each refetches the lists that show notices and the project (its
 * 督办逾期 flag may change); a CONFLICT says someone answered first and shows the newer state.
 */
export function useNoticeActions(onChanged?: () => unknown) {
  const t = useT();
  const { message } = App.useApp();
  const report = useReportApiError();
  const options = { refetchQueries: ['Notices'] };
  const [issue, issuing] = useMutation(IssueNoticeDocument, options);
  const [reply, replying] = useMutation(ReplyNoticeDocument, options);
  const [close, closing] = useMutation(CloseNoticeDocument, options);
  const [sendBack, returning] = useMutation(ReturnNoticeDocument, options);

  const run = useCallback(
    async (write: () => Promise<unknown>, done: string, form?: FormInstance): Promise<boolean> => {
      try {
        await write();
        await onChanged?.();
        void message.success(done);
        return true;
      } catch (error) {
        if (readApiError(error).code === 'CONFLICT') {
          void message.warning(t('notices.conflict'));
          await onChanged?.();
        } else {
          report(error, form);
        }
        return false;
      }
    },
    [message, onChanged, report, t],
  );

  return {
    busy: issuing.loading || replying.loading || closing.loading || returning.loading,
    issue: (projectId: string, input: { demand: string; dueOn: string }, form?: FormInstance) =>
      run(() => issue({ variables: { projectId, input } }), t('notices.issued'), form),
    reply: (id: string, version: number, text: string, form?: FormInstance) =>
      run(() => reply({ variables: { id, version, reply: text } }), t('notices.replied'), form),
    close: (id: string, version: number, note: string | null, form?: FormInstance) =>
      run(() => close({ variables: { id, version, note } }), t('notices.closed'), form),
    sendBack: (
      id: string,
      version: number,
      input: { reason: string; dueOn?: string | null },
      form?: FormInstance,
    ) => run(() => sendBack({ variables: { id, version, input } }), t('notices.returned'), form),
  };
}
