// The smallest pages the calculator stack allows, built by `npm run bench` to show the floor
// under the calculator pages' JS: Astro's island runtime, Preact, then persisted state, then
// state validated with valibot on read (what DESIGN.md asks of every stored area).
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';

export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [preact()],
  devToolbar: { enabled: false },
});
