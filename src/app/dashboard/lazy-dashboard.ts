/**
 * The patient dashboard, loaded apart from the redirect page (its charts are the bulk of the code) and
 * rendered without a Suspense fallback once preloaded (../../components/preloadable).
 */
import { preloadable } from '../../components/preloadable';

export const DashboardPage = preloadable(() => import('./dashboard').then((m) => m.default));
