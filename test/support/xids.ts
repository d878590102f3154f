import pg from 'pg';

/**
 * Transaction ids are server-wide counters. To test what happens when they cross a power of ten
 * (999 → 1000: the text of the larger sorts first), a test moves the counter on: each released
 * subtransaction that writes takes an id, so one DO block burns ~300,000 ids a second.
 */
export async function currentXid(url: string): Promise<bigint> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ xid: string }>('select pg_current_xact_id()::text as xid');
    return BigInt(rows[0].xid);
  } finally {
    await client.end();
  }
}

/** Moves the transaction id counter on by `count` ids. */
export async function burnXids(url: string, count: number): Promise<void> {
  if (count <= 0) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('create temp table if not exists xid_burn (x int)');
    await client.query(
      `do $$ begin for i in 1..${Math.floor(count)} loop begin insert into xid_burn values (1); exception when others then null; end; end loop; end $$`,
    );
  } finally {
    await client.end();
  }
}

/** The next power of ten above the counter (at least `margin` ids ahead). */
export async function nextPowerOfTen(url: string, margin = 0): Promise<bigint> {
  const now = (await currentXid(url)) + BigInt(margin);
  let power = 10n;
  while (power <= now) power *= 10n;
  return power;
}

/**
 * Brings the counter to `before` ids short of the next power of ten, when that costs at most
 * `budget` ids (a fresh server: always). Answers the boundary, or null when it is too far away.
 */
export async function approachPowerOfTen(url: string, before: number, budget = 5_000_000): Promise<bigint | null> {
  const boundary = await nextPowerOfTen(url, before + 5);
  const distance = Number(boundary - (await currentXid(url))) - before;
  if (distance > budget) return null;
  await burnXids(url, distance);
  return boundary;
}
