import fc from 'fast-check';

/**
 * Random GraphQL selection sets for the differential tests of the reads in one statement
 * (test/sql-reads-differential.test.ts, test/sql-reads-escalations-differential.test.ts).
 */

/** A selection set: some of `fields` (at least one), each maybe aliased, the whole maybe inside an inline fragment on `__T__`. */
export const selectionOf = (fields: fc.Arbitrary<string>[]): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.subarray(
        fields.map((_, i) => i),
        { minLength: 1 },
      ),
      fc.boolean(),
      fc.boolean(),
    )
    .chain(([indexes, fragment, alias]) =>
      fc.tuple(...indexes.map((i) => fields[i])).map((parts) => {
        const body = parts.map((p, i) => (alias && i === 0 && !p.startsWith('...') ? `a${i}: ${p}` : p)).join(' ');
        return fragment ? `{ ... on __T__ { ${body} } }` : `{ ${body} }`;
      }),
    );

/** Fields without a selection of their own. */
export const plain = (...names: string[]) => names.map((n) => fc.constant(n));

/** A field with a random selection of objects of `type`. */
export const nested = (name: string, selection: fc.Arbitrary<string>, type: string) => selection.map((s) => `${name} ${s.replace('__T__', type)}`);
