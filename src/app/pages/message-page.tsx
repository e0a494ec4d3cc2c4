/** A full-page message (session ended, refused launch, errors): a heading, text, and the way back. */
import type { ReactNode } from 'react';

export function MessagePage({
  title,
  children,
  tone = 'info',
}: {
  title: string;
  children: ReactNode;
  tone?: 'info' | 'error';
}) {
  return (
    <main className={`message-page message-page--${tone}`}>
      <div className="message-page__card">
        <p className="brand" aria-hidden="true">
          Tensio
        </p>
        <h1>{title}</h1>
        {children}
      </div>
    </main>
  );
}
