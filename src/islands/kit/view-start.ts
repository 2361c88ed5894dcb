import { createContext } from 'preact';

/**
 * Whether the island starts over the last view of its tool kept in this browser
 * (src/scripts/island-view.ts): the page already shows the stored work, so the first render is
 * the stored work's (IslandRoot starts started), not the server's. Set by the Preact client.
 */
export const ViewStart = createContext(false);
