/** Set by vite.config.ts `define` (true in a build made with TENSIO_ALLOW_DEV_SERVERS=1). */
interface ImportMetaEnv {
  readonly TENSIO_DEV_SERVERS_ALLOWED?: boolean;
}
