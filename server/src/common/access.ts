import type { Role } from '@luodi/domain';
import type { User } from '../modules/users/user.entity';
import { forbidden } from './errors';

const ROLE_NAMES: Record<Role, string> = {
  STAFF: '招商专员',
  LEADER: '领导',
  SUPERVISOR: '督查',
  ADMIN: '管理员',
};

export function requireRole(user: User, ...roles: Role[]): void {
  if (!roles.includes(user.role)) {
    throw forbidden(`只有${roles.map((role) => ROLE_NAMES[role]).join('或')}可以执行此操作`);
  }
}
