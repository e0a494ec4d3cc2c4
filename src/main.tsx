import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, ReadyPage } from './app/app';
import { routeFor } from './app/router';
import './styles/global.css';

function render(root: HTMLElement) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

const root = document.getElementById('root');
if (root) {
  // The redirect URI's page is loaded before the first render (its chunk is modulepreloaded): a
  // Suspense fallback here would hold the page back 300 ms (components/preloadable). A failed load
  // renders anyway, and the page's lazy fallback reports it.
  if (routeFor(window.location.pathname) === 'ready')
    void ReadyPage.preload()
      .catch(() => undefined)
      .then(() => {
        render(root);
      });
  else render(root);
}
