import { Component, type ComponentChildren } from 'preact';
import './no-form-restore';
import { earlyEdits, replayClicks, replayEdits, type EarlyEdit } from './early-input';
import { I18nProvider, type IslandStrings } from './i18n';
import { StartedContext } from './use-client-store';
import type { UnplacedTyping } from './UnplacedTyping';
import { ViewStart } from './view-start';

interface IslandRootProps {
  strings: IslandStrings;
  children: ComponentChildren;
}

interface IslandRootState {
  started: boolean;
  /**
   * Text typed before the tool started into fields it no longer shows (its stored work chose
   * another mode), and the notice that shows it to copy where it belongs: never dropped without
   * a word. The notice's code loads only when there is some.
   */
  unplaced?: { edits: EarlyEdit[]; Notice: typeof UnplacedTyping } | undefined;
}

/**
 * The root of every island: its strings, and its start. The first render matches the server's
 * HTML (over a kept view of the tool, the stored work: see view-start.ts); right after
 * hydration the island re-renders with the stored values, and what the user typed into the
 * server-rendered fields before that is handed back to the fields (see early-input.ts), so
 * typing on a slow connection is never replaced by a default or a stored value. A class,
 * because it needs a moment before its children hydrate (the constructor) and the DOM the
 * island hydrated (`this.base`) at mount.
 */
export class IslandRoot extends Component<IslandRootProps, IslandRootState> {
  static override contextType = ViewStart;

  constructor(props: IslandRootProps, fromView: boolean) {
    super(props, fromView);
    // Over a kept view of the tool (view-start.ts) the page already shows the stored work: started.
    this.state = { started: fromView === true };
  }

  // Read before this island's DOM hydrates (the constructor runs before its children are
  // diffed): hydration already resets a textarea. Edits of other islands are dropped at mount.
  private edits: EarlyEdit[] = typeof document === 'undefined' ? [] : earlyEdits(document);

  private root(): ParentNode | null {
    const first = this.base as
      (Node & { closest?: (selector: string) => Element | null }) | undefined;
    return first?.closest?.('astro-island') ?? first?.parentElement ?? null;
  }

  override componentDidMount() {
    const root = this.root();
    this.edits = root
      ? this.edits.filter((edit) => root.querySelector(`#${CSS.escape(edit.id)}`))
      : [];
    if (this.state.started) this.handBack();
    else this.setState({ started: true });
  }

  override componentDidUpdate(_props: IslandRootProps, previous: { started: boolean }) {
    if (!previous.started && this.state.started) this.handBack();
  }

  /** Hands what the user typed or tapped before the start back to the tool, now showing the stored work. */
  private handBack() {
    const edits = this.edits;
    this.edits = [];
    // After the components that read the started flag have re-rendered (they are queued behind
    // this one in the same render pass), before the browser paints.
    queueMicrotask(() => {
      const root = this.root();
      if (!root) return;
      const unplaced = edits.length ? replayEdits(root, edits) : [];
      if (unplaced.length)
        void import('./UnplacedTyping').then(({ UnplacedTyping: Notice }) =>
          this.setState({ unplaced: { edits: unplaced, Notice } }),
        );
      replayClicks(root);
    });
  }

  override render({ strings, children }: IslandRootProps) {
    return (
      <I18nProvider strings={strings}>
        {this.state.unplaced && (
          <this.state.unplaced.Notice
            edits={this.state.unplaced.edits}
            onDismiss={() => this.setState({ unplaced: undefined })}
          />
        )}
        <StartedContext.Provider value={this.state.started}>{children}</StartedContext.Provider>
      </I18nProvider>
    );
  }
}
