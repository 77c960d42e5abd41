import { Accounts1767225600000 } from './1767225600000-accounts';
import { Pipeline1767312000000 } from './1767312000000-pipeline';
import { Targets1767398400000 } from './1767398400000-targets';
import { Blockers1767484800000 } from './1767484800000-blockers';
import { Supervision1767571200000 } from './1767571200000-supervision';
import { InvestorOnce1768000000000 } from './1768000000000-investor-once';
import { ProvinceScale1768100000000 } from './1768100000000-province-scale';
import { CitySetup1767700000000 } from './1767700000000-city-setup';
import { Sessions1768200000000 } from './1768200000000-sessions';

/** Applied in order on both engines; never edit one that has shipped, add a new one. */
export const MIGRATIONS = [
  Accounts1767225600000,
  Pipeline1767312000000,
  Targets1767398400000,
  Blockers1767484800000,
  Supervision1767571200000,
  CitySetup1767700000000,
  Sessions1768200000000,
  InvestorOnce1768000000000,
  ProvinceScale1768100000000,
];
