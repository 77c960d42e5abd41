import 'reflect-metadata';
import { cleanText } from '@luodi/domain';
import { createInterface } from 'node:readline';
import type { Writable } from 'node:stream';
import { IsNull } from 'typeorm';
import { type DatabaseConfig, loadConfig } from './config/config';
import { openDatabase } from './database/open-database';
import { AuditEvent } from './modules/audit/audit-event.entity';
import { hashPassword, passwordError } from './modules/auth/passwords';
import { OrgUnit } from './modules/org-units/org-unit.entity';
import { User } from './modules/users/user.entity';

export const DEFAULT_CITY = '本市';
const USERNAME_PATTERN = /^[a-z0-9._-]{3,32}$/;
const USAGE = 'Usage: npm run create-admin -- <username> "<name>" [--city 湘西市]';

export interface CreateAdminOptions {
  username: string;
  name: string;
  password: string;
  /** The root unit's name when the database has none yet. */
  city?: string | null;
}

export interface CreateAdminResult {
  user: User;
  root: OrgUnit;
  /** True when this run created the root unit (an empty database). */
  createdRoot: boolean;
}

/** A refusal the operator can act on; printed as one line, without a stack. */
export class CreateAdminError extends Error {}

/**
 * Creates an ADMIN at the root org unit, creating the root (a CITY named `city`, 本市 by
 * default) when the database has none. One transaction, with an audit event for each row.
 */
export async function createAdmin(
  database: DatabaseConfig,
  options: CreateAdminOptions,
): Promise<CreateAdminResult> {
  const username = options.username.trim().toLowerCase();
  if (!USERNAME_PATTERN.test(username))
    throw new CreateAdminError('用户名为 3–32 位小写字母、数字或 . _ - (username: a-z 0-9 . _ -)');
  const name = cleanText(options.name, 'name', { required: true, max: 50, label: '姓名' });
  if (name.error) throw new CreateAdminError(name.error);
  const city = cleanText(options.city ?? DEFAULT_CITY, 'city', {
    required: true,
    max: 100,
    label: '市名称',
  });
  if (city.error) throw new CreateAdminError(city.error);
  const weak = await Promise.resolve(passwordError(options.password, username));
  if (weak) throw new CreateAdminError(weak);
  const passwordHash = await hashPassword(options.password);

  const dataSource = await openDatabase(database);
  try {
    return await dataSource.transaction(async (manager) => {
      if (await manager.getRepository(User).existsBy({ username }))
        throw new CreateAdminError(`用户名 ${username} 已存在 (user ${username} already exists)`);
      const units = manager.getRepository(OrgUnit);
      let root = await units.findOne({ where: { parentId: IsNull() }, order: { id: 'ASC' } });
      const createdRoot = !root;
      if (!root) {
        root = await units.save({ name: city.value!, kind: 'CITY', parentId: null, path: '' });
        root.path = `/${root.id}/`;
        await units.save(root);
      }
      const user = await manager.getRepository(User).save({
        username,
        name: name.value!,
        role: 'ADMIN',
        orgUnitId: root.id,
        passwordHash,
        active: true,
        createdAt: new Date(),
      });
      const at = new Date();
      const audit = manager.getRepository(AuditEvent);
      if (createdRoot) {
        await audit.save({
          at,
          actorId: user.id,
          action: 'CREATE',
          entity: 'OrgUnit',
          entityId: root.id,
          projectId: null,
          changes: JSON.stringify({
            name: { before: null, after: root.name },
            kind: { before: null, after: 'CITY' },
          }),
        });
      }
      await audit.save({
        at,
        actorId: user.id,
        action: 'CREATE_ADMIN',
        entity: 'User',
        entityId: user.id,
        projectId: null,
        changes: JSON.stringify({
          username: { before: null, after: username },
          name: { before: null, after: user.name },
          role: { before: null, after: 'ADMIN' },
          orgUnitId: { before: null, after: root.id },
        }),
      });
      return { user, root, createdRoot };
    });
  } finally {
    await dataSource.destroy();
  }
}

/** `<username> <name> [--city X | --city=X]` */
export function parseArguments(argv: readonly string[]): {
  username: string;
  name: string;
  city: string | null;
} {
  const positional: string[] = [];
  let city: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--city') {
      if (i + 1 >= argv.length) throw new CreateAdminError(`--city needs a name. ${USAGE}`);
      city = argv[++i];
    } else if (arg.startsWith('--city=')) city = arg.slice('--city='.length);
    else if (arg.startsWith('--')) throw new CreateAdminError(`unknown option ${arg}. ${USAGE}`);
    else positional.push(arg);
  }
  if (positional.length !== 2) throw new CreateAdminError(USAGE);
  return { username: positional[0], name: positional[1], city };
}

/** Reads a line from the terminal without echoing it. */
function askHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const output = process.stdout as Writable;
    const prompt = createInterface({ input: process.stdin, output, terminal: true });
    let muted = false;
    const write = (prompt as unknown as { _writeToOutput: (s: string) => void })._writeToOutput;
    (prompt as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s) => {
      if (!muted) write.call(prompt, s);
    };
    prompt.question(question, (answer) => {
      prompt.close();
      output.write('\n');
      resolve(answer);
    });
    muted = true;
  });
}

async function readPassword(username: string): Promise<string> {
  const fromEnv = process.env.ADMIN_PASSWORD;
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY)
    throw new CreateAdminError(
      'no password: set ADMIN_PASSWORD or run the command in a terminal to be asked for one',
    );
  for (;;) {
    const first = await askHidden('管理员密码 Password: ');
    const weak = await Promise.resolve(passwordError(first, username));
    if (weak) {
      console.error(`  ${weak}`);
      continue;
    }
    const again = await askHidden('再输入一次 Again: ');
    if (again === first) return first;
    console.error('  两次输入不一致 (the two entries differ)');
  }
}

export function nextSteps(result: CreateAdminResult): string {
  const { user, root, createdRoot } = result;
  return [
    `已创建管理员 ${user.username}（${user.name}），所属单位：${root.name}` +
      (createdRoot ? '（新建的根单位）' : ''),
    `Created administrator ${user.username} at ${root.name}${createdRoot ? ' (new root unit)' : ''}.`,
    '',
    '下一步 Next:',
    '  1. DEMO_DATA=false npm start，打开 http://localhost:3000/ 并以该账号登录',
    '  2. 设置 → 组织机构：添加县市区、园区、乡镇街道',
    '  3. 设置 → 产业链：添加产业链，指定链长、牵头单位和重点园区（链长须先在 设置 → 用户 中建为领导）',
    '  4. 设置 → 用户：为各单位建领导、督查和招商专员账号',
    '  5. 招商专员登录后在 项目看板 上新建第一个项目',
  ].join('\n');
}

async function main(): Promise<void> {
  const args = parseArguments(process.argv.slice(2));
  const password = await readPassword(args.username.trim().toLowerCase());
  const result = await createAdmin(loadConfig().database, { ...args, password });
  if (!result.createdRoot && args.city && args.city.trim() !== result.root.name)
    console.log(`已有根单位「${result.root.name}」，--city ${args.city} 未使用。`);
  console.log(nextSteps(result));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(`luodi: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
