export { ChangePasswordButton } from './components/change-password-button';
export { ChangePasswordPage } from './components/change-password-page';
export { LoginPage } from './components/login-page';
export { ReloginModal } from './components/relogin-modal';
export { useCurrentUser } from './hooks/use-current-user';
export { useLogout } from './hooks/use-logout';
export { reloginGate } from './stores/relogin-gate';
export { sessionStore, useSession } from './stores/session-store';
