/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { serviceWorker } from './scripts/service-worker-plugin';

/**
 * Content-Security-Policy for the built app. Everything comes from our own
 * origin: no CDN, no fonts, no telemetry. `blob:`/`data:` images are needed
 * for PNG/SVG chart export; `'unsafe-inline'` styles for the style attributes
 * that recharts writes. Only applied to the production build, because Vite's
 * dev server injects inline scripts for hot reload.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/**
 * Who may show the app in a frame (CSP `frame-ancestors`, which only a header
 * can deliver; browsers ignore it in a <meta> policy). Default: the app's own
 * origin only, which stops other sites from framing it (clickjacking). To embed
 * it in a learning-management system, list that system's origins in
 * GONADOSTAT_FRAME_ANCESTORS, e.g. "'self' https://moodle.example.edu"
 * (docs/security.md).
 */
export const FRAME_ANCESTORS = process.env.GONADOSTAT_FRAME_ANCESTORS?.trim() || "'self'";

/** Headers `vite preview` sends with every response: the CSP with frame-ancestors, and no MIME sniffing. */
export const PREVIEW_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors ${FRAME_ANCESTORS}`,
  'X-Content-Type-Options': 'nosniff',
};

/** Sends PREVIEW_HEADERS from the preview server on every response, index.html and fallbacks included. */
function previewHeaders(): Plugin {
  return {
    name: 'gonadostat-preview-headers',
    configurePreviewServer(server) {
      server.middlewares.use((_request, response, next) => {
        for (const [name, value] of Object.entries(PREVIEW_HEADERS)) response.setHeader(name, value);
        next();
      });
    },
  };
}

function contentSecurityPolicy(): Plugin {
  return {
    name: 'gonadostat-csp',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      );
    },
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), serviceWorker(), previewHeaders()],
  build: { target: 'es2022', sourcemap: false },
  worker: { format: 'es' },
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 2,
  },
});
