import { Injectable } from '@nestjs/common';
import { DEFAULT_THRESHOLDS, type FlagThresholds } from '@luodi/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Setting } from './setting.entity';

export const THRESHOLDS_KEY = 'flagThresholds';

@Injectable()
export class SettingsService {
  /** Read on every flagged card, changed rarely: kept in memory and replaced on write. */
  private cachedThresholds: FlagThresholds | null = null;

  constructor(private readonly dataSource: DataSource) {}

  async thresholds(manager: EntityManager = this.dataSource.manager): Promise<FlagThresholds> {
    if (this.cachedThresholds) return this.cachedThresholds;
    const row = await manager.getRepository(Setting).findOneBy({ key: THRESHOLDS_KEY });
    const stored = row ? (JSON.parse(row.value) as Partial<FlagThresholds>) : {};
    this.cachedThresholds = {
      ...DEFAULT_THRESHOLDS,
      ...stored,
      stalledDays: { ...DEFAULT_THRESHOLDS.stalledDays, ...stored.stalledDays },
    };
    return this.cachedThresholds;
  }

  /** After a change: the next read loads what was committed. */
  forget(): void {
    this.cachedThresholds = null;
  }
}
