import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * Webhook targets inside the operator's network, or reaching it through a translation: refused unless
 * `WEBHOOK_PRIVATE_TARGETS=allow`, so a webhook cannot be pointed at the product's own database,
 * metrics or a cloud metadata endpoint (README, "Security rules", 5).
 *
 * Deny by default, by ipaddr.js's table of special-purpose ranges (not a hand-written list): an IPv4
 * address is public only when ipaddr.js calls it `unicast` (so loopback, private, link-local,
 * carrier-grade NAT, unspecified, broadcast, multicast, reserved, documentation, benchmarking… are
 * refused); an IPv6 address only when it is `unicast` and inside the global unicast block 2000::/3.
 * That refuses every range that embeds or translates IPv4 — IPv4-mapped (::ffff:0:0/96), IPv4-translated
 * (::ffff:0:0:0/96, RFC 6145), NAT64 (64:ff9b::/96, 64:ff9b:1::/48), 6to4 (2002::/16), Teredo
 * (2001::/32), the deprecated IPv4-compatible ::/96 (`::7f00:1`) — and site-local fec0::/10, unique-local,
 * link-local, multicast, discard and the other special ranges.
 */
const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR('2000::/3') as [ipaddr.IPv6, number];

/** Whether an IP address (v4 or v6, in any notation URL parsing leaves) is outside the public unicast space. */
export function isPrivateAddress(address: string): boolean {
  const text = address.replace(/^\[|\]$/g, '');
  if (!isIP(text)) return false;
  // An address Node takes but ipaddr.js cannot place (a zone id, say) is refused: deny by default.
  if (!ipaddr.isValid(text)) return true;
  const parsed = ipaddr.parse(text);
  if (parsed.kind() === 'ipv4') return parsed.range() !== 'unicast';
  const v6 = parsed as ipaddr.IPv6;
  return v6.range() !== 'unicast' || !v6.match(GLOBAL_UNICAST_V6);
}

/** A URL's host as written: an IP literal outside the public unicast space, or a name for this machine (`localhost`). */
export function isPrivateHost(hostname: string): boolean {
  const host = hostname
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '')
    .toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  return isPrivateAddress(host);
}

/** What the delivery log tells the key when a target is refused: never the address (it stays in the server log). */
export const PRIVATE_TARGET_REFUSED = 'refused: private address';

/**
 * Where a host name leads now: the first private address it resolves to, or null. Checked before each
 * delivery (a name may resolve elsewhere than when the subscription was made).
 */
export async function privateAddressOf(hostname: string): Promise<string | null> {
  const host = hostname.replace(/^\[|\]$/g, '');
  if (isPrivateHost(host)) return host;
  if (isIP(host)) return null;
  const addresses = await lookup(host, { all: true, verbatim: true });
  return addresses.find((a) => isPrivateAddress(a.address))?.address ?? null;
}
