/** The longest a print waits for a part of the page to finish (a simulation that never ends prints as it is). */
const MOST_MS = 5000;
const STEP_MS = 100;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What must finish before a print, registered by the parts that need it (charts: ChartBox). */
const beforePrint = new Set<() => Promise<void>>();

/** Runs `task` (drawing every chart, say) before each print this page starts with printWhenReady. */
export function whenPrinting(task: () => Promise<void>): void {
  beforePrint.add(task);
}

/**
 * Prints once the page's figures are final, as a "Print" or "Save as PDF" button should: no part
 * of the page still says it is busy (`aria-busy="true"`: a simulation due or running, a part
 * still loading), and every chart drawn, not only those scrolled into view. Paper never says
 * "Simulating…". The browser's own Print command cannot wait; its charts draw on `beforeprint`.
 */
export async function printWhenReady(): Promise<void> {
  for (let waited = 0; document.querySelector('[aria-busy="true"]') && waited < MOST_MS; waited += STEP_MS) {
    await pause(STEP_MS);
  }
  await Promise.all([...beforePrint].map((task) => task()));
  requestAnimationFrame(() => print());
}
