import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { useT } from '../i18n';
import { presentApiError } from './present-api-error';

/**
 * Returns a function that shows a failed operation to the person: field errors beside the
 * fields of `form` (when given), everything else as a message in the current language.
 */
export function useReportApiError() {
  const t = useT();
  const { message } = App.useApp();

  return useCallback(
    (error: unknown, form?: FormInstance) => {
      const formFields = form ? Object.keys(form.getFieldsValue()) : [];
      const presentation = presentApiError(error, t, formFields);
      if (form && presentation.fieldErrors.length > 0) form.setFields(presentation.fieldErrors);
      if (presentation.message) void message.error(presentation.message);
    },
    [t, message],
  );
}
