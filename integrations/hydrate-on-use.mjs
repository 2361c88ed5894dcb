// @ts-check
import { fileURLToPath } from 'node:url';

/**
 * Adds the `client:use` directive (src/scripts/hydrate-on-use.ts): a tool's island hydrates on
 * the first sign of use, or at once when the visitor has work stored or opened a share link.
 * @returns {import('astro').AstroIntegration}
 */
export function hydrateOnUse() {
  return {
    name: 'hydrate-on-use',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'use', entrypoint: fileURLToPath(new URL('../src/scripts/hydrate-on-use.ts', import.meta.url)) });
      },
    },
  };
}
