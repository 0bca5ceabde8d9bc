import { lookup as dnsLookup } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { FetchError } from './fetch-types.js';

/** The error for a host that is, or resolves only to, an address Truce may not fetch from. */
export function privateAddressError(url: URL, ip: string): FetchError {
  const how = url.hostname.replace(/^\[|\]$/g, '') === ip ? 'points at' : 'resolves to';
  return new FetchError(
    `${url.href} ${how} ${ip}, a private address; Truce fetches only public addresses (set allowPrivate to fetch from a local network)`,
    'private_address',
  );
}

/**
 * A DNS lookup for http.request that hands back only allowed addresses. The socket connects
 * to what this returns, so a name that resolves to a public address when checked and a private
 * one when connected (DNS rebinding) cannot slip through.
 */
export function guardedLookup(url: URL, isAllowed: (ip: string) => boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '');
      const allowed = addresses.filter((a) => isAllowed(a.address));
      if (allowed.length === 0) {
        const error = addresses[0] ? privateAddressError(url, addresses[0].address) : new FetchError(`${url.hostname} resolves to no address`, 'network');
        return callback(error, '');
      }
      if (options.all) return callback(null, allowed);
      callback(null, allowed[0].address, allowed[0].family);
    });
  };
}
