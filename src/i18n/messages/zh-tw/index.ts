// zh-tw: every area of the UI strings (see ../types.ts).
import type { LocaleMessages } from '../types';
import { common } from './common';
import { home } from './home';
import { learn } from './learn';
import { calculators } from './calculators';
import { funnel } from './funnel';
import { sla } from './sla';
import { plan } from './plan';
import { data } from './data';
import { pipeline } from './pipeline';
import { review } from './review';

export const messages = { common, home, learn, calculators, funnel, sla, plan, data, pipeline, review } satisfies LocaleMessages;
