// Security headers on every response. The CSP forbids inline and foreign scripts: the dashboard
// loads only its own bundle, and report text is inserted as text, so injected markup cannot run.
import type { FastifyInstance, FastifyReply } from 'fastify';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // Leaflet and uPlot position elements through element.style; no inline <style> blocks are used
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'geolocation=(), camera=(), microphone=()',
});

/** the headers every response carries (also the router's own errors, which skip onSend) */
export function setSecurityHeaders(reply: FastifyReply): void {
  reply.headers(SECURITY_HEADERS);
}

export function installSecurityHeaders(app: FastifyInstance): void {
  // a callback hook, not an async one: this runs on every response, cached hits included
  app.addHook('onSend', (_req, reply, payload, done) => {
    setSecurityHeaders(reply);
    done(null, payload);
  });
}
