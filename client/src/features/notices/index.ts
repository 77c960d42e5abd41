export { NoticesPage } from './components/notices-page';
export type { NoticesPageProps } from './components/notices-page';
export { NoticesTab } from './components/notices-tab';
export { IssueNoticeForm } from './components/notice-forms';
