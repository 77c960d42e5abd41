import { Accounts1767225600000 } from './1767225600000-accounts';
import { Pipeline1767312000000 } from './1767312000000-pipeline';
import { Blockers1767484800000 } from './1767484800000-blockers';

/** Applied in order on both engines; never edit one that has shipped, add a new one. */
export const MIGRATIONS = [Accounts1767225600000, Pipeline1767312000000, Blockers1767484800000];
