import fc from 'fast-check';
import { MIN_POSITION_GAP, POSITION_STEP, positionBetween, spacedPositions } from './position';

/** What the server does when a gap is spent: spread the next cards, widening the span as needed. */
function spreadAfter(column: { position: number }[], index: number, batch = 4): void {
  for (let size = batch; ; size *= 4) {
    const following = column.slice(index, index + size);
    const end = column[index + size]?.position ?? null;
    const spread = spacedPositions(column[index - 1].position, end, following.length);
    if (!spread) continue;
    following.forEach((card, i) => (card.position = spread[i]));
    return;
  }
}

describe('positionBetween', () => {
  it.each([
    [null, null, 1024],
    [1024, null, 2048],
    [null, 1024, 0],
    [null, 0, -1024],
    [1024, 2048, 1536],
    [1, 2, 1.5],
    [-10, 10, 0],
    [0, MIN_POSITION_GAP, MIN_POSITION_GAP / 2],
  ])('between %p and %p is %p', (before, after, expected) => {
    expect(positionBetween(before, after)).toBe(expected);
  });

  it.each([
    ['neighbours too close', 1, 1 + MIN_POSITION_GAP / 2],
    ['equal neighbours', 5, 5],
    ['neighbours out of order', 2048, 1024],
    ['a NaN neighbour', Number.NaN, 1024],
    ['an infinite neighbour', 1024, Infinity],
    ['an infinite start', Infinity, null],
    ['a NaN end', null, Number.NaN],
  ])('asks for renumbering with %s', (_, before, after) => {
    expect(positionBetween(before, after)).toBeNull();
  });

  it('is strictly between any two neighbours far enough apart', () => {
    const position = fc.double({ min: -1e9, max: 1e9, noNaN: true });
    fc.assert(
      fc.property(position, position, (a, b) => {
        const [before, after] = a < b ? [a, b] : [b, a];
        const result = positionBetween(before, after);
        if (after - before >= MIN_POSITION_GAP) {
          expect(result).not.toBeNull();
          expect(result as number).toBeGreaterThan(before);
          expect(result as number).toBeLessThan(after);
        } else {
          expect(result).toBeNull();
        }
      }),
    );
  });

  it('keeps a column in the order cards were dropped, spreading a few cards when asked', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 3 }), { maxLength: 200 }), (drops) => {
        // Each card is dropped at an index chosen by the generator; ids record intended order.
        const column: { id: number; position: number }[] = [];
        const expectedOrder: number[] = [];
        drops.forEach((choice, id) => {
          const index = choice % (column.length + 1);
          const place = () =>
            positionBetween(column[index - 1]?.position ?? null, column[index]?.position ?? null);
          let position = place();
          if (position === null) {
            spreadAfter(column, index);
            position = place();
          }
          expect(position).not.toBeNull();
          column.splice(index, 0, { id, position: position as number });
          expectedOrder.splice(index, 0, id);
        });
        const sorted = [...column].sort((a, b) => a.position - b.position).map((card) => card.id);
        expect(sorted).toEqual(expectedOrder);
        expect(new Set(column.map((card) => card.position)).size).toBe(column.length);
      }),
    );
  });

  it('survives many drops into the same gap by renumbering', () => {
    const before = POSITION_STEP;
    let after = 2 * POSITION_STEP;
    let drops = 0;
    while (positionBetween(before, after) !== null) {
      after = positionBetween(before, after) as number;
      drops++;
    }
    // About 30 halvings of a 1024 gap before the minimum gap is reached.
    expect(drops).toBeGreaterThanOrEqual(29);
    expect(drops).toBeLessThanOrEqual(31);
    expect(after - before).toBeLessThan(2 * MIN_POSITION_GAP);
  });
});

describe('spacedPositions', () => {
  it.each([
    [0, null, 2, [2048, 3072]],
    [0, 400, 2, [200, 300]],
    [10, 20, 3, [14, 16, 18]],
  ])('after %p and before %p, %i cards get %p', (low, high, count, positions) => {
    expect(spacedPositions(low, high, count)).toEqual(positions);
  });

  it('asks for a wider span when the gaps would be too small', () => {
    expect(spacedPositions(0, MIN_POSITION_GAP, 4)).toBeNull();
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses a count of %p', (count) => {
    expect(() => spacedPositions(0, null, count)).toThrow(RangeError);
  });

  it('is strictly increasing and inside the span, leaving room before the first', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        fc.integer({ min: 1, max: 500 }),
        (low, width, count) => {
          const positions = spacedPositions(low, low + width, count)!;
          expect(positions[0]).toBeGreaterThan(low);
          expect(positionBetween(low, positions[0])).not.toBeNull();
          positions.forEach((p, i) => i && expect(p).toBeGreaterThan(positions[i - 1]));
          expect(positions.at(-1)!).toBeLessThan(low + width);
        },
      ),
    );
  });
});
