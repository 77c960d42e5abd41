import fc from 'fast-check';
import {
  MIN_POSITION_GAP,
  POSITION_STEP,
  positionBetween,
  renormalisedPositions,
} from './position';

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

  it('keeps a column in the order cards were dropped, renumbering when asked', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 200 }), (drops) => {
        // Each card is dropped at an index chosen by the generator; ids record intended order.
        let column: { id: number; position: number }[] = [];
        const expectedOrder: number[] = [];
        drops.forEach((choice, id) => {
          const index = choice % (column.length + 1);
          const place = () =>
            positionBetween(column[index - 1]?.position ?? null, column[index]?.position ?? null);
          let position = place();
          if (position === null) {
            const fresh = renormalisedPositions(column.length);
            column = column.map((card, i) => ({ ...card, position: fresh[i] }));
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

describe('renormalisedPositions', () => {
  it.each([
    [0, []],
    [1, [1024]],
    [4, [1024, 2048, 3072, 4096]],
  ])('%i cards get %p', (count, positions) => {
    expect(renormalisedPositions(count)).toEqual(positions);
  });

  it.each([-1, 1.5, Number.NaN, Infinity])('refuses a count of %p', (count) => {
    expect(() => renormalisedPositions(count)).toThrow(RangeError);
  });

  it('is strictly increasing and evenly spaced', () => {
    fc.assert(
      fc.property(fc.nat(2000), (count) => {
        const positions = renormalisedPositions(count);
        expect(positions).toHaveLength(count);
        positions.forEach((p, i) => expect(p).toBe((i + 1) * POSITION_STEP));
      }),
    );
  });
});
