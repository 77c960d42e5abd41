import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Admin-editable settings as JSON by key (flag thresholds, …). */
@Entity('setting')
export class Setting {
  @PrimaryColumn({ type: 'varchar', length: 50 })
  key: string;

  @Column({ type: 'text' })
  value: string;
}
