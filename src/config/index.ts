export { connectOrigins, serverForIssuer } from './issuers';
export { ConfigError, loadConfig, parseConfig } from './load';
export { type AppConfig, type ClinicalConfig, type ServerConfig } from './schema';
export {
  PANEL_READ_TYPES,
  panelScopes,
  READ_TYPES,
  resourceScopes,
  scopesFor,
  type LaunchType,
} from './scopes';
