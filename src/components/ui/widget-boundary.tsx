import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { Component, type ReactNode } from 'react';
import { ErrorAlert } from './error-alert';

interface Props {
  /** What the widget shows, e.g. "Phases": the fallback says that this part failed. */
  title: string;
  children: ReactNode;
}

interface InnerProps extends Props {
  onReset: () => void;
}

class Boundary extends Component<InnerProps, { error: unknown }> {
  state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  private reset = () => {
    this.props.onReset();
    this.setState({ error: null });
  };

  render() {
    if (this.state.error === null) return this.props.children;
    return (
      <ErrorAlert
        error={this.state.error}
        title={`${this.props.title} could not be shown`}
        action={
          <button type="button" onClick={this.reset} className="text-sm font-medium text-run underline">
            Try again
          </button>
        }
      />
    );
  }
}

/**
 * Keeps one failing panel from blanking the page: the panel shows its error and a way to
 * try again, the rest of the page stays. Also resets failed queries thrown with throwOnError.
 */
export function WidgetBoundary({ title, children }: Props) {
  const { reset } = useQueryErrorResetBoundary();
  return (
    <Boundary title={title} onReset={reset}>
      {children}
    </Boundary>
  );
}
