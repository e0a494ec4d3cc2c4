export { AttentionStrip, evidenceHref } from './attention-strip';
