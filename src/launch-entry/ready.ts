/**
 * index.html's entry (the redirect URI and the dashboard): the launch's own requests start first
 * (./kickoff, whose code is small and holds no React), then the app is imported and mounts
 * (../main). The app's chunks are modulepreloaded by index.html, so they download meanwhile.
 */
import './kickoff';

void import('../main');
