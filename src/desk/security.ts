/**
 * What keeps the desk to its editor (docs/desk.md, "An toàn"): it listens on 127.0.0.1 only, and
 * - answers only requests addressed to itself by name (`Host` 127.0.0.1:PORT or localhost:PORT),
 *   so a web page whose address is re-pointed at 127.0.0.1 (DNS rebinding) gets nothing;
 * - changes nothing on a request from elsewhere: a POST needs an `Origin` of the desk itself (or,
 *   when a browser sends none, `Sec-Fetch-Site: same-origin`) AND the session's token, which only
 *   its own pages carry (a form field `csrf`, or the header `X-CSRF-Token`);
 * - sends every page with a strict Content-Security-Policy: its own files only, no inline script
 *   or style, no frames, forms posting to itself only.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** The policy on every answer of the desk. */
export const DESK_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers on every answer: the policy, no sniffing, no framing, nothing sent to other sites. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': DESK_CSP,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  // Not no-referrer: under it Chromium sends `Origin: null` with a form's POST, which refuseOrigin
  // must refuse. same-origin sends nothing to any other site.
  'Referrer-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

/** A new session token: 32 random bytes, hex. */
export function newToken(): string {
  return randomBytes(32).toString('hex');
}

/** The names the desk answers to on `port`. */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/** Why a request is refused (403), in Vietnamese; null when it may go on. */
export function refuseHost(headers: IncomingHttpHeaders, port: number): string | null {
  const host = headers.host?.toLowerCase();
  if (host === undefined || !allowedHosts(port).includes(host)) return `Địa chỉ "${host ?? ''}" không phải của bàn biên tập (chỉ 127.0.0.1:${port} hoặc localhost:${port}).`;
  return null;
}

/** Same-origin test of a state-changing request: its Origin is the desk's, or the browser says same-origin. */
export function refuseOrigin(headers: IncomingHttpHeaders, port: number): string | null {
  const origin = headers.origin;
  const site = headers['sec-fetch-site'];
  if (origin !== undefined) {
    const allowed = allowedHosts(port).map((h) => `http://${h}`);
    if (!allowed.includes(origin.toLowerCase())) return `Yêu cầu từ trang khác (${origin}) bị từ chối.`;
    if (site !== undefined && site !== 'same-origin') return `Yêu cầu từ trang khác (Sec-Fetch-Site: ${site}) bị từ chối.`;
    return null;
  }
  if (site === 'same-origin') return null;
  return 'Yêu cầu không cho biết nguồn (thiếu Origin và Sec-Fetch-Site) bị từ chối.';
}

/** Whether `given` is the session's token (compared in constant time). */
export function tokenMatches(given: string | null | undefined, token: string): boolean {
  if (typeof given !== 'string' || given.length !== token.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(token));
}
