/**
 * An error boundary around one view (the charts, the researcher panel, …): if
 * the view throws while rendering, or its lazily loaded code cannot be fetched
 * after a deploy, the view is replaced by a readable message with a Reload
 * button, and the rest of the page keeps working. Without it React unmounts
 * the whole root and the page goes blank.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { applyUpdate } from '../sw/update-status';
import { describeViewError } from './view-error';
import './view-boundary.css';

interface ViewBoundaryProps {
  /** The view, as it reads after "The …": "charts", "researcher panel". */
  readonly view: string;
  readonly children: ReactNode;
}

interface ViewBoundaryState {
  readonly error: unknown;
}

export class ViewBoundary extends Component<ViewBoundaryProps, ViewBoundaryState> {
  override state: ViewBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ViewBoundaryState {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(`The ${this.props.view} could not be shown:`, error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error === null) return this.props.children;
    return (
      <section className="panel view-error" role="alert" data-testid="view-error">
        <h2>The {this.props.view} could not be shown</h2>
        <p>{describeViewError(this.state.error)}</p>
        <div className="button-row">
          <button type="button" className="button-primary" onClick={applyUpdate}>
            Reload
          </button>
          <button type="button" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
        </div>
      </section>
    );
  }
}
