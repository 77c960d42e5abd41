import { type MigrationInterface, type QueryRunner, Table, TableColumn } from 'typeorm';
import { foreignKeyTo, indexOn, instantColumnSpec, varcharSpec } from './column-specs';

/**
 * Server-side sessions (revocation, idle timeout), forced password changes, the address of
 * every audit event, failed logins of unknown usernames (no actor), and the indexes the
 * full 操作日志 reads with (newest first, per entity, actor and action).
 */
export class Sessions1768200000000 implements MigrationInterface {
  name = 'Sessions1768200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('user', [
      new TableColumn({ name: 'mustChangePassword', type: 'boolean', default: false }),
      new TableColumn(instantColumnSpec('passwordChangedAt', true)),
    ]);
    await queryRunner.createTable(
      new Table({
        name: 'session',
        columns: [
          { name: 'id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'userId', type: 'integer' },
          instantColumnSpec('createdAt'),
          instantColumnSpec('lastSeenAt'),
          instantColumnSpec('expiresAt'),
          instantColumnSpec('revokedAt', true),
          varcharSpec('address', 64, true),
        ],
        foreignKeys: [foreignKeyTo('userId', 'user')],
        indices: [indexOn('idx_session_user', 'userId', 'address')],
      }),
    );
    await queryRunner.addColumn('audit_event', new TableColumn(varcharSpec('address', 64, true)));
    const audit = await queryRunner.getTable('audit_event');
    const actor = audit!.findColumnByName('actorId')!;
    const nullableActor = actor.clone();
    nullableActor.isNullable = true;
    await queryRunner.changeColumn('audit_event', actor, nullableActor);
    await queryRunner.createIndices('audit_event', [
      indexOn('idx_audit_actor', 'actorId', 'id'),
      indexOn('idx_audit_entity_id', 'entity', 'id'),
      indexOn('idx_audit_action', 'action', 'id'),
      indexOn('idx_audit_at', 'at'),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const index of [
      'idx_audit_at',
      'idx_audit_action',
      'idx_audit_entity_id',
      'idx_audit_actor',
    ])
      await queryRunner.dropIndex('audit_event', index);
    await queryRunner.dropColumn('audit_event', 'address');
    await queryRunner.dropTable('session');
    await queryRunner.dropColumns('user', ['passwordChangedAt', 'mustChangePassword']);
  }
}
