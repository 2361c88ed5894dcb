import type { MessageKey } from '../../i18n/messages/types';
import { defaultScenario, type Scenario } from '../../lib/funnel/scenario';

type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

const STAGE_KEYS = ['funnel.stage.lead', 'funnel.stage.mql', 'funnel.stage.sql', 'funnel.stage.opportunity', 'funnel.stage.won'] as const;
const CHANNEL_KEYS = ['funnel.channel.search', 'funnel.channel.social', 'funnel.channel.events'] as const;

/**
 * The default B2B scenario in the page's language. Used by the planner (server and client
 * alike, so `updatedAt` is fixed: the store stamps it on save) and by guides' worked examples.
 */
export function localizedScenario(t: Translate, name: string, id: string): Scenario {
  return defaultScenario(name, id, {
    stageNames: STAGE_KEYS.map((key) => t(key)),
    channelNames: CHANNEL_KEYS.map((key) => t(key)),
    updatedAt: '',
  });
}
