import { Injectable } from '@nestjs/common';

/** The time sessions and login limits count with; tests move it forward instead of waiting. */
@Injectable()
export class Clock {
  private offsetMs = 0;
  private frozenAt: number | null = null;

  now(): Date {
    return new Date((this.frozenAt ?? Date.now()) + this.offsetMs);
  }

  /** Stops the clock at the current instant (tests), or lets it run again. */
  freeze(frozen = true): void {
    const now = this.now().getTime() - this.offsetMs;
    this.frozenAt = frozen ? now : null;
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }
}
