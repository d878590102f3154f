import ipaddr from 'ipaddr.js';

/**
 * The unit an address is counted in: an IPv4 address as it is (an IPv4-mapped IPv6 address is its
 * IPv4 address), an IPv6 address by its /64 (one subscriber gets a whole /64, i.e. 2^64 addresses to
 * rotate through). Anything unparsable counts as itself.
 */
export function addressUnit(ip: string): string {
  const bare = ip.trim().replace(/%.*$/, '');
  if (!ipaddr.isValid(bare)) return ip;
  const address = ipaddr.process(bare);
  if (address.kind() === 'ipv4') return address.toString();
  const parts = (address as ipaddr.IPv6).parts.slice(0, 4);
  return `${parts.map((p) => p.toString(16)).join(':')}::/64`;
}
