import { Injectable } from '@nestjs/common';

/** The time sessions and login limits count with; tests move it forward instead of waiting. */
@Injectable()
export class Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }
}
