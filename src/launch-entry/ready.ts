/**
 * index.html's entry (the redirect URI and the dashboard): the launch's own requests start first
 * (./kickoff, evaluated before React), then the app mounts (../main). Module order is evaluation order.
 */
import './kickoff';
import '../main';
