/**
 * The last line of defence: a render error anywhere outside a panel's own boundary gives this page,
 * never a blank screen. It names what is safe (readings saved on this device stay in its outbox) and
 * offers a reload. The error itself is not shown or logged: its text may carry patient data.
 */
import { Component, type ReactNode } from 'react';
import { MessagePage } from './pages/message-page';

export class RootBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <MessagePage title="Tensio could not show this page" tone="error">
        <p role="alert">
          Something in the record could not be displayed. Readings you saved on this device are kept
          and will be sent when Tensio opens again.
        </p>
        <button
          type="button"
          className="button"
          onClick={() => {
            window.location.reload();
          }}
        >
          Reload
        </button>
      </MessagePage>
    );
  }
}
