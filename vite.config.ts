import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { connectOrigins } from './src/config/issuers';
import { parseConfig } from './src/config/parse';
import { ALLOW_DEV_SERVERS_ENV, assertProductionConfig } from './src/config/production';

const appPort = Number(process.env.APP_PORT ?? 5173);
/** A development build (npm start's config, e2e, bench) may embed loopback / public-sandbox servers. */
const allowDevServers = process.env[ALLOW_DEV_SERVERS_ENV] === '1';

/**
 * Runtime config + CSP. The config comes from TENSIO_CONFIG (a JSON file, e.g. the e2e config pointing
 * at another sandbox port) or public/config.json. It is validated at build time, served as /config.json
 * (dev and build), and its servers become the CSP `connect-src` of the built index.html. The CSP is not
 * added in dev: Vite's dev server needs inline scripts for hot reload.
 */
function tensioConfig(): Plugin {
  const source = resolve(process.env.TENSIO_CONFIG ?? 'public/config.json');
  const text = () => readFileSync(source, 'utf8');
  let outDir = 'dist';
  return {
    name: 'tensio-config',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      // A production build refuses development servers before it builds anything.
      if (config.command === 'build')
        assertProductionConfig(parseConfig(JSON.parse(text())), allowDevServers);
    },
    configureServer(server) {
      server.middlewares.use('/config.json', (_req, res) => {
        res.setHeader('content-type', 'application/json');
        res.setHeader('cache-control', 'no-store');
        res.end(text());
      });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (ctx.server) return html;
        const origins = connectOrigins(parseConfig(JSON.parse(text())));
        const csp = [
          "default-src 'self'",
          "script-src 'self'",
          // No inline styles either: React's style={} props set CSSOM properties, which style-src
          // does not govern; nothing renders a style attribute or <style> element in HTML.
          "style-src 'self'",
          "img-src 'self' data:",
          "font-src 'self'",
          `connect-src 'self' ${origins.join(' ')}`,
          "object-src 'none'",
          "base-uri 'self'",
          "form-action 'self'",
          // No code of ours or of our dependencies writes HTML into the DOM (innerHTML and the
          // like); Trusted Types makes the browser refuse it if one ever does.
          "require-trusted-types-for 'script'",
          "trusted-types 'none'",
        ].join('; ');
        return html.replace(
          '<meta charset="UTF-8" />',
          `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`,
        );
      },
    },
    async closeBundle() {
      // The public/ copy of config.json is replaced by the chosen source (identical by default).
      await mkdir(outDir, { recursive: true });
      await writeFile(
        resolve(outDir, 'config.json'),
        JSON.stringify(parseConfig(JSON.parse(text())), null, 2),
      );
    },
  };
}

/**
 * Issue 12: the redirect page (index.html) names the code its dashboard will lazy-load, and that
 * code's stylesheets, so the browser fetches and compiles them during the code exchange instead of
 * one lazy import after another once the session is ready (with CHUNK_GROUPS below, most of it is
 * the `app` and `vendor` chunks). The launch page (launch.html) stays small. The lazy imports
 * themselves are unchanged; a part still loading when it first renders would show a fallback, and
 * React then holds the page's reveal for 300 ms (src/components/preloadable.ts).
 */
const PRELOADED_ON_REDIRECT = [
  'src/main.tsx',
  'src/app/ready/ready-page.tsx',
  'src/app/dashboard/dashboard.tsx',
  'src/features/blood-pressure/index.ts',
  'src/features/blood-pressure/bp-chart.tsx',
].map((p) => resolve(p));

function preloadDashboard(): Plugin {
  return {
    name: 'tensio-preload-dashboard',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const { bundle, chunk: entry } = ctx;
        if (!bundle || !entry || !ctx.filename.endsWith('index.html')) return;
        const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
        const byFile = new Map(chunks.map((c) => [c.fileName, c]));
        const already = new Set<string>();
        const walk = (file: string, into: Set<string>) => {
          if (into.has(file)) return;
          into.add(file);
          for (const dep of byFile.get(file)?.imports ?? []) walk(dep, into);
        };
        walk(entry.fileName, already);
        const wanted = new Set<string>();
        for (const c of chunks)
          if (c.facadeModuleId && PRELOADED_ON_REDIRECT.includes(c.facadeModuleId))
            walk(c.fileName, wanted);
        const files = [...wanted].filter((file) => !already.has(file));
        // Vite's loader waits for a lazy chunk's CSS before the import resolves; linked here, it is
        // already in the page (the loader finds the link and does not wait). The base stylesheet
        // (main.tsx's global.css) first, so the cascade is as when each lazy chunk brought its own.
        const main = chunks.find((c) => c.facadeModuleId === PRELOADED_ON_REDIRECT[0]);
        const css = new Set(
          [main?.fileName, ...files].flatMap((file) => [
            ...(byFile.get(file ?? '')?.viteMetadata?.importedCss ?? []),
          ]),
        );
        return [
          ...[...css].map((file) => ({
            tag: 'link',
            attrs: { rel: 'stylesheet', crossorigin: true, href: `/${file}` },
            injectTo: 'head' as const,
          })),
          ...files.map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
            injectTo: 'head' as const,
          })),
        ];
      },
    },
  };
}

/**
 * Issue 12: the dashboard's code in a few large chunks rather than ~30 small ones (each a request of
 * its own, six at a time over HTTP/1.1, before the first screen can render). Only code the launch page
 * and the redirect page's first module do not use: `src/smart`, `src/config`, `src/launch-entry`,
 * zod, jose and fhirclient keep their own chunks, so launch.html stays small and the code exchange
 * still starts before the dashboard's code has arrived.
 */
const APP_CODE = /[\\/]src[\\/](app|features|components|clinical|queries|fhir|outbox)[\\/]/;
/** Every package but those the launch page and the redirect page's first module load on their own. */
const OWN_CHUNK_PACKAGES = /[\\/]node_modules[\\/](zod|jose|fhirclient|debug|ms|js-base64)[\\/]/;
const VENDOR_CODE = (id: string) =>
  /[\\/]node_modules[\\/]/.test(id) && !OWN_CHUNK_PACKAGES.test(id);
const CHUNK_GROUPS = [
  { name: 'vendor', test: VENDOR_CODE, priority: 2 },
  { name: 'app', test: APP_CODE, priority: 1 },
];

const securityHeaders = { 'Referrer-Policy': 'no-referrer', 'X-Content-Type-Options': 'nosniff' };

export default defineConfig({
  plugins: [react(), tensioConfig(), preloadDashboard()],
  // Drops fhirclient's fetch/AbortController polyfills: every browser we support has both.
  define: {
    FHIRCLIENT_PURE: 'true',
    // The built app refuses a deployed config.json that names development servers (config/load.ts).
    'import.meta.env.TENSIO_DEV_SERVERS_ALLOWED': JSON.stringify(allowDevServers),
  },
  server: { host: '127.0.0.1', port: appPort, strictPort: true, headers: securityHeaders },
  preview: { host: '127.0.0.1', port: appPort, strictPort: true, headers: securityHeaders },
  build: {
    target: 'es2022',
    sourcemap: true,
    outDir: process.env.E2E_DIST ?? 'dist',
    // The vendor chunk (react-dom, recharts, ucum-lhc: ~970 kB, ~257 kB gzip) is one file on purpose.
    chunkSizeWarningLimit: 1100,
    // `/launch` is launch.html: a React-free page that only redirects to the authorization server.
    rollupOptions: {
      input: { main: resolve('index.html'), launch: resolve('launch.html') },
      // A group takes only the modules it names: their imports (src/smart, zod…) stay where they were.
      output: { codeSplitting: { groups: CHUNK_GROUPS, includeDependenciesRecursively: false } },
    },
  },
});
