import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Per unit × flag kind × month: how many flag rows turn yellow, turn red, and have both dates
 * passed (counted in the month of the later). Moved with every rewrite of the flag rows, in the
 * same transaction (flag-calendar.ts); rebuilt by `npm run recompute`. Red on day D = red starts up to D;
 * yellow on D = yellow starts up to D minus rows with both dates up to D.
 */
@Entity('flag_calendar')
export class FlagCalendar {
  @PrimaryColumn({ type: 'integer' })
  orgUnitId: number;

  @PrimaryColumn({ type: 'varchar', length: 20 })
  kind: string;

  @PrimaryColumn({ type: 'varchar', length: 7 })
  month: string;

  @Column({ type: 'integer', default: 0 })
  yellowStarts: number;

  @Column({ type: 'integer', default: 0 })
  redStarts: number;

  @Column({ type: 'integer', default: 0 })
  bothStarts: number;
}
