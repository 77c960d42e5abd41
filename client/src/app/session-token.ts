import { sessionStore } from '../features/auth';

/** The spreadsheet requests carry the session's token in their Authorization header. */
export const sessionToken = () => sessionStore.get()?.token ?? null;
