import type { Translate } from '../i18n';
import { readApiError } from './read-api-error';

export interface FieldError {
  name: string;
  errors: string[];
}

export interface ErrorPresentation {
  /** Errors to put beside form fields, for fields the form actually has. */
  fieldErrors: FieldError[];
  /** What to show as a message, or null when everything went beside a field. */
  message: string | null;
}

// The server may name a field by its input path ("input.username"); the form only knows "username".
function matchFormField(serverField: string, formFields: readonly string[]): string | undefined {
  if (formFields.includes(serverField)) return serverField;
  const lastSegment = serverField.split('.').pop() ?? serverField;
  return formFields.includes(lastSegment) ? lastSegment : undefined;
}

export function presentApiError(
  error: unknown,
  t: Translate,
  formFields: readonly string[] = [],
): ErrorPresentation {
  const apiError = readApiError(error);
  if (apiError.code === 'NETWORK') return { fieldErrors: [], message: t('errors.NETWORK') };

  const fieldErrors: FieldError[] = [];
  const unplacedMessages: string[] = [];
  for (const [serverField, fieldMessage] of Object.entries(apiError.fields)) {
    const name = matchFormField(serverField, formFields);
    if (name) fieldErrors.push({ name, errors: [fieldMessage] });
    else unplacedMessages.push(fieldMessage);
  }
  if (fieldErrors.length > 0 && unplacedMessages.length === 0)
    return { fieldErrors, message: null };

  const label = t(`errors.${apiError.code}`);
  const detail = unplacedMessages.length > 0 ? unplacedMessages.join('；') : apiError.message;
  return {
    fieldErrors,
    message: detail && detail !== label ? t('errors.withDetail', { label, detail }) : label,
  };
}
