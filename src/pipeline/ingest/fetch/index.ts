export { FetchError, type FetchErrorCode, type FetchOptions, type FetchResult } from './fetch-types.js';
export { isPrivateAddress } from './is-private-address.js';
export { parseContentType, type ContentType } from './parse-content-type.js';
export { safeFetch } from './safe-fetch.js';
export { sniffContentType } from './sniff-content-type.js';
export { USER_AGENT } from './fetch-defaults.js';
