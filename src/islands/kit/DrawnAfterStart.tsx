import { Component, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { StartedContext } from './use-client-store';

interface DrawnAfterStartProps {
  /** The part, drawn from the values current when it is drawn. */
  children: () => ComponentChildren;
}

/**
 * A part of a tool that shows figures only, redrawn with the stored work a task after the rest
 * of the tool when it starts. A tool with work stored starts by drawing everything again with
 * that work (the server drew defaults); on a big tool that is one long task, and a slow phone
 * answers no tap until it ends. Split, the fields come first and the figures follow, as two
 * shorter tasks. Until then the part keeps what the server drew, as it did before the start.
 *
 * Only for parts a tap cannot act on during that task with stale values: where a button of the
 * page was tapped before the start (its tap is pressed again at the start), nothing waits.
 */
export function DrawnAfterStart({ children }: DrawnAfterStartProps) {
  // Read here and handed down: a component that reads the context itself is redrawn whenever
  // it changes, whatever it answers to shouldComponentUpdate.
  return <Held started={useContext(StartedContext)}>{children}</Held>;
}

class Held extends Component<DrawnAfterStartProps & { started: boolean | null }> {
  // Outside an island root, or mounted after the start: nothing to wait for.
  private due = this.props.started !== false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  override shouldComponentUpdate({ started }: { started: boolean | null }) {
    if (this.due || started === false) return true; // drawn, or still hydrating the server's values
    if (globalThis.__earlyClicks?.length) return (this.due = true);
    this.timer ??= setTimeout(() => {
      this.due = true;
      this.forceUpdate();
    });
    return false;
  }

  override componentWillUnmount() {
    clearTimeout(this.timer);
  }

  override render() {
    return <>{this.props.children()}</>;
  }
}
