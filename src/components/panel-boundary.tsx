/** Keeps one panel's crash (or a failed lazy chunk) inside that panel: the rest of the dashboard stays. */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorState } from './states';

interface Props {
  /** e.g. "the blood pressure panel". */
  name: string;
  /** A small piece of a header or footer: fails as one line of text, not a panel. */
  inline?: boolean;
  children: ReactNode;
}

export class PanelBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(_error: unknown, _info: ErrorInfo): void {
    // Deliberately not logged: error text may carry patient data. React already reports it in dev.
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    if (this.props.inline)
      return (
        <span role="status" className="inline-failure">{`Could not show ${this.props.name}`}</span>
      );
    return (
      <section className="panel" aria-label={this.props.name}>
        <ErrorState
          title={`Could not show ${this.props.name}`}
          detail="This part of the page failed; the rest still works."
          onRetry={() => {
            this.setState({ failed: false });
          }}
        />
      </section>
    );
  }
}
