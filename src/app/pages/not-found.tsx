import { MessagePage } from './message-page';

export function NotFoundPage() {
  return (
    <MessagePage title="Page not found">
      <p>
        Tensio is opened from your EHR, or from the <a href="/launch">launch page</a>.
      </p>
    </MessagePage>
  );
}
