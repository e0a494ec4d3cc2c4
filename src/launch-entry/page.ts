/**
 * The launch page's own rendering, in plain DOM (no React): a status line while it connects, and the
 * same message pages, with the same words, as the app's launch page (app/pages/launch-error.tsx).
 * Untrusted text (the iss) only ever goes in through textContent.
 */
type Part = string | { code: string } | { link: string; href: string };

function paragraph(parts: readonly Part[]): HTMLParagraphElement {
  const p = document.createElement('p');
  for (const part of parts) {
    if (typeof part === 'string') p.append(part);
    else if ('code' in part) {
      const code = document.createElement('code');
      code.textContent = part.code;
      p.append(code);
    } else {
      const a = document.createElement('a');
      a.href = part.href;
      a.textContent = part.link;
      p.append(a);
    }
  }
  return p;
}

function mount(main: HTMLElement): void {
  const root = document.getElementById('root') ?? document.body;
  root.replaceChildren(main);
}

export function showStatus(label: string): void {
  const main = document.createElement('main');
  main.className = 'message-page';
  const status = document.createElement('div');
  status.className = 'state state--loading';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  const spinner = document.createElement('span');
  spinner.className = 'spinner';
  spinner.setAttribute('aria-hidden', 'true');
  const text = document.createElement('span');
  text.textContent = label;
  status.append(spinner, text);
  main.append(status);
  mount(main);
}

export function showError(title: string, paragraphs: readonly (readonly Part[])[]): void {
  const main = document.createElement('main');
  main.className = 'message-page message-page--error';
  const card = document.createElement('div');
  card.className = 'message-page__card';
  const brand = document.createElement('p');
  brand.className = 'brand';
  brand.setAttribute('aria-hidden', 'true');
  brand.textContent = 'Tensio';
  const h1 = document.createElement('h1');
  h1.textContent = title;
  card.append(brand, h1, ...paragraphs.map(paragraph));
  main.append(card);
  mount(main);
  document.title = `${title} — Tensio`;
}

export const notConfigured = () => {
  showError('Tensio is not configured', [
    [
      "The app's configuration (config.json) could not be loaded or is invalid. Ask the person who deployed Tensio to check it.",
    ],
  ]);
};

export const unknownServer = (iss: string) => {
  showError('This server is not one Tensio knows', [
    [
      'Tensio was asked to connect to ',
      { code: iss },
      ', which is not on its list of allowed servers, so it did not go there.',
    ],
    ["If this is your organisation's EHR, an administrator must add it to Tensio's configuration."],
  ]);
};

export const signInFailed = () => {
  showError('Could not start the sign-in', [
    [
      "The server's SMART configuration could not be read, or it does not support PKCE (S256), which Tensio requires.",
    ],
    ['Relaunch Tensio from your EHR, or ', { link: 'choose a server', href: '/launch' }, '.'],
  ]);
};
