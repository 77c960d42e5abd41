import { AuditEvent } from '../modules/audit/audit-event.entity';
import { Blocker } from '../modules/blockers/entities/blocker.entity';
import { Department } from '../modules/blockers/entities/department.entity';
import { ChainKeyPark, IndustryChain } from '../modules/chains/industry-chain.entity';
import { OrgUnit } from '../modules/org-units/org-unit.entity';
import { Activity } from '../modules/projects/entities/activity.entity';
import { CapitalArrival } from '../modules/projects/entities/capital-arrival.entity';
import { Investor } from '../modules/projects/entities/investor.entity';
import { FlagCalendar } from '../modules/projects/entities/flag-calendar.entity';
import { ProjectFlag } from '../modules/projects/entities/project-flag.entity';
import { ProjectMember } from '../modules/projects/entities/project-member.entity';
import { ProjectTally } from '../modules/projects/entities/project-tally.entity';
import { Project } from '../modules/projects/entities/project.entity';
import { StageTransition } from '../modules/projects/entities/stage-transition.entity';
import { Session } from '../modules/auth/session.entity';
import { Setting } from '../modules/settings/setting.entity';
import { Supervision } from '../modules/supervisions/supervision.entity';
import { Target } from '../modules/targets/target.entity';
import { User } from '../modules/users/user.entity';

export const ENTITIES = [
  OrgUnit,
  User,
  AuditEvent,
  IndustryChain,
  ChainKeyPark,
  Investor,
  Project,
  ProjectMember,
  StageTransition,
  CapitalArrival,
  Activity,
  ProjectFlag,
  ProjectTally,
  FlagCalendar,
  Setting,
  Supervision,
  Target,
  Department,
  Blocker,
  Session,
];
