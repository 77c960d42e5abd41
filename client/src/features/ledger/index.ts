export { ExportFlaggedButton } from './components/export-flagged-button';
export type { ExportFlaggedButtonProps } from './components/export-flagged-button';
export { ExportLedgerButton } from './components/export-ledger-button';
export type { ExportLedgerButtonProps } from './components/export-ledger-button';
export { ImportProjectsDialog } from './components/import-projects-dialog';
export type { ImportProjectsDialogProps } from './components/import-projects-dialog';
